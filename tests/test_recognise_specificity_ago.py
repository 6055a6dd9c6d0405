""""About a decade / two years ago" (قبل نحو عقد، قبل حوالي عامين) is historical like "three
years ago"; the since-start cue is a trend."""

from __future__ import annotations

from marsad.model import Document
from marsad.recognise.specificity import SpecificityRecogniser
from marsad.text.view import view


def _cues(text: str) -> list[tuple[str, str]]:
    found = SpecificityRecogniser()(view(Document("t", text, "ar", "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return [(m.text, m.value["specificity"]) for m in found]


def test_about_a_decade_or_two_years_ago() -> None:
    assert _cues("قتل المئات في حملة قبل نحو عقد من الزمان.") == [("قبل نحو عقد", "historical")]
    assert _cues("حدث ذلك قبل حوالي عامين.") == [("قبل حوالي عامين", "historical")]


def test_since_the_start_is_a_trend_cue() -> None:
    assert _cues("قتل المئات منذ بدء العملية.") == [("منذ بدء", "trend")]
    assert _cues("قصفت الطائرات المدينة للمرة الأولى منذ بدء الحرب.") == []


def test_saada_is_no_escalation() -> None:
    # صعدة (the governorate) normalises like صعد + the pronoun ending: no trend cue
    assert _cues("شن التحالف غارات على مواقع في محافظة صعدة.") == []
    assert _cues("وصعدت الميليشيات هجماتها.") == [("صعدت", "trend")]
