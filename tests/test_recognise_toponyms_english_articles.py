"""English names with a hyphenated Arabic article (Al-Anbar, al-Hudaydah) name the gazetteer's
"Al Anbar", a province also bare (Anbar); a lower-case article inside a capitalised name
(Tahrir al-Sham) names no place."""

from __future__ import annotations

from marsad.geocode.store import embedded
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(embedded())


def _places(text: str) -> dict[str, object]:
    found = RECOGNISER(view(Document("d", text, "en", "d")), [])
    return {m.text: m.value.get("admin1") for m in found if isinstance(m.value, dict)}


def test_a_hyphenated_article_names_the_unit_not_a_namesake_village() -> None:
    got = _places("Reinforcements were sent to the western part of Al-Anbar province.")
    assert got == {"Al-Anbar": "Al Anbar"}
    got = _places("Airstrikes hit the Red Sea port city of al-Hudaydah on Monday.")
    assert got == {"al-Hudaydah": "Al Hudaydah"}


def test_a_lower_case_article_inside_a_group_name_is_no_place() -> None:
    got = _places("Fighters of Hayat Tahrir al-Sham clashed with Saraya al-Quds members.")
    assert got == {}


def test_a_province_is_named_without_its_article_too() -> None:
    got = _places("Gunmen attacked an army checkpoint in Anbar, Iraq, on Tuesday.")
    assert got["Anbar"] == "Al Anbar"


def test_units_named_by_a_common_english_word_are_not_read_bare() -> None:
    assert _places("Northern Alliance fighters said the houses were put up for Sale.") == {}
