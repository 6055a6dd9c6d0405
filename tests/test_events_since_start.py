"""A toll or practice counted "since the start of" something (منذ بدء/اندلاع/مطلع …) is a tally
(trend), not one incident; a superlative or "the first time" since then is one incident."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _spec(text: str) -> dict[str, str]:
    events = READER.read(Document("t", text, "ar", "t")).events
    return {e.trigger.text: e.specificity for e in events}


def test_a_tally_since_something_began_is_a_trend() -> None:
    assert _spec("وأسفرت الغارات منذ بدء العملية العسكرية عن مقتل 200 مدني.") == {"غارات": "trend"}
    assert set(_spec("وأعلن الجيش اعتقال 40 مطلوبا منذ مطلع العام في المحافظة.").values()) == {
        "trend"}


def test_opening_its_sentence_it_governs_the_clauses_after_it() -> None:
    spec = _spec("ومنذ اندلاع المسيرات في الأول من آذار، قتل 90 شخصا برصاص الجيش.")
    assert spec and set(spec.values()) == {"trend"}


def test_the_first_time_or_the_worst_since_then_is_one_incident() -> None:
    assert _spec("وقصفت الطائرات المدينة للمرة الأولى منذ اندلاع الأزمة.") == {"قصفت": "specific"}
    assert "trend" not in _spec("وشنت الطائرات أعنف غارات جوية على المدينة منذ بدء الحرب.").values()
