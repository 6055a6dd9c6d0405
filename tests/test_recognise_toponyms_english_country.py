"""English place names weighed by the article's country as Arabic ones are: a name whose Latin
spelling matched only another country's place (Mansoura, Egypt) is the article country's place
of the same Arabic name (Mansoura, Yemen) when the article is about that country; alone, the
best-known place stays. A group's name that is some village's alternate name (Taliban) is no
place."""

from __future__ import annotations

from marsad.geocode.store import default_gazetteer
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _countries(text: str) -> dict[str, object]:
    found = RECOGNISER(view(Document("d", text, "en", "d")), [])
    return {m.text: m.value.get("country") for m in found if isinstance(m.value, dict)}


def test_the_article_country_outweighs_a_namesake_elsewhere() -> None:
    text = ("Yemeni officials said gunmen attacked a checkpoint in Mansoura on Monday. The attack "
            "came days after clashes in Aden and Lahj in southern Yemen.")
    assert _countries(text)["Mansoura"] == "YE"


def test_without_another_country_the_best_known_place_stays() -> None:
    text = "Egyptian police arrested five men in Mansoura on Monday, officials said."
    assert _countries(text)["Mansoura"] == "EG"


def test_a_group_name_is_no_place() -> None:
    text = "Taliban fighters attacked Kunduz in northern Afghanistan on Monday."
    countries = _countries(text)
    assert "Taliban" not in countries
    assert countries["Kunduz"] == "AF"
