"""A dateline's place ("دبي، الإمارات (CNN) --", "واس- صنعاء:", "BEIRUT (Reuters) -") says where a
report was filed: it is no event's place and no vote for the article's main place, but stays a
place mention. Our own report-style sentences, read by the full pipeline."""

from __future__ import annotations

import pytest
from reading import READER

from marsad.assemble.dateline import dateline_places
from marsad.model import Document, Extraction, Mention, Span


def _read(text: str, language: str = "ar") -> Extraction:
    return READER.read(Document("d", text, language, "d", published="2018-05-02"))


def _locations(text: str, language: str = "ar") -> list[str | None]:
    return [e.location.text if e.location else None for e in _read(text, language).events]


@pytest.mark.parametrize("text", [
    "دبي، الإمارات العربية المتحدة (CNN) -- قتل ثلاثة مدنيين في غارة جوية، الثلاثاء.",
    "دبي - سكاي نيوز عربية\nقتل ثلاثة مدنيين في غارة جوية، الثلاثاء، بحسب مصادر محلية.",
    "واس- صنعاء: قتل ثلاثة مدنيين في غارة جوية، الثلاثاء.",
    "أحمد علي- وكالات- عدن: قتل ثلاثة مدنيين في غارة جوية، الثلاثاء.",
])
def test_a_dateline_place_is_not_the_place_of_an_unplaced_event(text: str) -> None:
    extraction = _read(text)
    assert _locations(text) == [None]
    # The place is still reported as a mention.
    assert any(m.kind == "place" and m.span.start < 20 for m in extraction.mentions)


def test_outlet_first_dateline_on_its_own_line() -> None:
    text = "عين اليوم – بغداد\nقتل ثلاثة مدنيين في انفجار عبوة ناسفة، الثلاثاء."
    assert _locations(text) == [None]


def test_the_place_in_the_body_is_kept() -> None:
    text = ("دبي، الإمارات العربية المتحدة (CNN) -- قتل ثلاثة مدنيين في غارة جوية على مدينة دوما، "
            "الثلاثاء.")
    assert _locations(text) == ["مدينة دوما"]


def test_english_wire_dateline() -> None:
    text = ("BEIRUT (Reuters) - Warplanes struck a crowded market on Tuesday, killing six "
            "civilians, a monitor said.")
    assert _locations(text, "en") == [None]


def test_a_lead_that_opens_with_a_place_in_a_sentence_keeps_it() -> None:
    text = "شهدت حلب، الثلاثاء - بحسب مصادر محلية - غارات جوية قتل فيها ثلاثة مدنيين."
    assert _locations(text) != [None]


def test_a_source_before_a_colon_is_no_dateline() -> None:
    text = "قالت الشرطة في حلب: قتل ثلاثة مدنيين في انفجار عبوة ناسفة، الثلاثاء."
    places = [m for m in _read(text).mentions if m.kind == "place"]
    assert places and dateline_places(places, text) == []


def _place(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention("place", Span(start, start + len(word)), word, {"level": "place"}, "test")


def test_only_the_head_places_are_the_dateline() -> None:
    text = "القاهرة، مصر (CNN)— قصفت طائرات حربية مواقع في مدينة العريش."
    places = [_place(text, "القاهرة"), _place(text, "مصر"), _place(text, "العريش")]
    assert [p.text for p in dateline_places(places, text)] == ["القاهرة", "مصر"]


def test_a_head_segment_holding_more_than_a_place_is_no_dateline() -> None:
    text = "غارات على حلب - قتل ثلاثة مدنيين في قصف جوي."
    assert dateline_places([_place(text, "حلب")], text) == []
