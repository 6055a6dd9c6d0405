"""English place names: a spelling of a two-word Arabic name the gazetteer holds otherwise
("Khan Sheikhoun", "Deir az-Zour") is that place, and a generic first word ("Khan", "Tall") or a
first name before a surname and a speech verb ("Badr Jamous said") is no place of its own."""

from __future__ import annotations

from marsad.geocode.store import default_gazetteer
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _places(text: str) -> list[tuple[str, object]]:
    found = RECOGNISER(view(Document("d", text, "en", "d")), [])
    out = []
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert isinstance(m.value, dict)
        out.append((m.text, m.value.get("admin1")))
    return out


def test_other_spellings_of_a_two_word_name_are_that_place() -> None:
    text = "Jets struck Khan Sheikhoun at dawn, then Khan-Shaikhoun again at noon."
    assert _places(text) == [("Khan Sheikhoun", "Idlib"), ("Khan-Shaikhoun", "Idlib")]


def test_a_head_word_with_an_article_and_hyphen_spans_the_whole_name() -> None:
    assert _places("Shells fell on Deir az-Zour city on Monday.") == [("Deir az-Zour", "Deir ez-Zor")]
    assert _places("Fighting went on in Deir Ezzor.") == [("Deir Ezzor", "Deir ez-Zor")]


def test_the_head_of_an_unknown_longer_name_is_no_place() -> None:
    assert _places("A car bomb went off in Tall Tawil village near the border.") == []


def test_a_first_name_before_a_surname_and_a_speech_verb_is_no_place() -> None:
    assert _places("Opposition member Badr Jamous said the shelling went on.") == []


def test_well_known_places_stand_before_a_capitalised_word() -> None:
    assert _places("Five killed in Aleppo Monitor says") == [("Aleppo", "Aleppo")]
    assert _places("Homs Governor Talal Barazi spoke.") == [("Homs", "Homs")]
