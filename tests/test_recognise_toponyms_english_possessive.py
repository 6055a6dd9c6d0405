"""A place written as a possessive whose apostrophe was lost ("Aleppos countryside") is the
place; a word ending in s with no part-of-place word after it stays a word. Our own
sentences."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _places(text: str) -> list[str]:
    doc = READER.read(Document("t", text, "en", "t", published="2021-03-10"))
    return [m.text for m in doc.mentions if m.kind == "place"]


def test_a_possessive_without_its_apostrophe_names_the_place() -> None:
    assert _places("Warplanes struck Idlibs eastern countryside on Monday.") == ["Idlib"]
    assert _places("Shells fell on Aleppos old city overnight.") == ["Aleppo"]


def test_the_span_is_the_name_without_its_s() -> None:
    text = "Rebels shelled Hamas northern countryside."
    doc = READER.read(Document("t", text, "en", "t"))
    places = [m for m in doc.mentions if m.kind == "place"]
    assert [(m.text, text[m.span.start : m.span.end]) for m in places] == [("Hama", "Hama")]
    assert places[0].value["admin1"] == "Hama"


def test_a_word_in_s_without_a_part_of_place_after_it_is_no_place() -> None:
    assert _places("Hamas recent upsurge in violence worried the mediators.") == []
    assert _places("Hamas fighters fired rockets.") == []


def test_a_country_possessive_is_left_alone() -> None:
    # "Syrias civil war": the country names no scene
    assert _places("Turkeys northern border stayed closed.") == []
