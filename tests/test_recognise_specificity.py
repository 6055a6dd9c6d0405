"""Specificity cues: recurring, trend, historical, hypothetical, denied."""

from __future__ import annotations

from marsad.model import Document
from marsad.recognise.specificity import SpecificityRecogniser
from marsad.text.view import view


def _cues(text: str) -> list[tuple[str, str]]:
    found = SpecificityRecogniser()(view(Document("t", text, "ar", "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return [(m.text, m.value["specificity"]) for m in found]


def test_recurring_cues() -> None:
    assert _cues("تتواصل عمليات الاغتيال في المنطقة.") == [
        ("تتواصل", "recurring"), ("عمليات", "recurring")
    ]


def test_trend_cue_with_pronoun_ending() -> None:
    assert ("ازدهارها", "trend") in _cues("استعادت التجارة ازدهارها.")


def test_years_ago_is_historical_in_any_digits() -> None:
    assert _cues("حدث ذلك قبل ثلاث سنوات.") == [("قبل ثلاث سنوات", "historical")]
    assert _cues("حدث ذلك قبل ٥ أعوام.") == [("قبل ٥ أعوام", "historical")]


def test_qad_is_hypothetical_only_before_a_present_verb() -> None:
    assert _cues("قد تشن الطائرات غارات جديدة.") == [("قد", "hypothetical")]
    assert _cues("وقد قتل ثلاثة أشخاص.") == []
    assert _cues("وقد تم اعتقال المشتبه به.") == []


def test_denial() -> None:
    assert _cues("نفى الجيش قصف المستشفى.") == [("نفى", "denied")]


def test_plain_incident_has_no_cue() -> None:
    assert _cues("قصفت الطائرات بلدة سراقب يوم الثلاثاء.") == []


def test_weeks_or_months_ago_is_historical_but_one_week_is_not() -> None:
    assert _cues("نهب المسلحون المستودع قبل شهرين.") == [("قبل شهرين", "historical")]
    assert ("قبل ثلاثة أشهر", "historical") in _cues("بدأ الهجوم قبل ثلاثة أشهر.")
    assert _cues("قصفت الطائرات البلدة قبل أسبوع.") == []


def test_times_repeated_purpose_and_request() -> None:
    assert ("مرات", "recurring") in _cues("قصفت المدفعية مواقع المسلحين أربع مرات.")
    assert ("بهدف", "hypothetical") in _cues("نصبت القوات جسرا بهدف اقتحام المدينة.")
    assert ("طلب", "hypothetical") in _cues("طلب الوفد من الفصائل الانسحاب من المعبر.")


def test_qad_before_past_verbs_in_ta_and_nun_is_no_maybe() -> None:
    assert _cues("وقد تعرض الموقع لقذائف.") == []
    assert _cues("وقد نتج عن ذلك مقتل جنديين.") == []
    assert _cues("وقد تمكنت القوات من صد الهجوم.") == []
