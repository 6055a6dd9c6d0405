"""A maybe (a plan, a purpose, a condition) does not govern an act done before it: one after a
sequence word (بعد، عقب، إثر) or one its clause dates to a past day; a plan for a day to come
stays a plan."""

from __future__ import annotations

from reading import READER

from marsad.model import Document

PUBLISHED = "2018-03-03T10:00:00+00:00"  # a Saturday


def _spec(text: str) -> list[tuple[str, str]]:
    events = READER.read(Document("t", text, "ar", "t", published=PUBLISHED)).events
    return [(e.trigger.text, e.specificity) for e in events]


def test_an_act_after_a_sequence_word_is_done() -> None:
    text = ("وأعلن مسؤول أن القوات الموالية للحكومة تستقدم تعزيزات استعدادا للتقدم نحو الميناء بعد "
            "سيطرتها الأربعاء على مطار المدينة.")
    assert _spec(text) == [("سيطرتها", "specific")]


def test_an_act_dated_to_a_past_day_is_done() -> None:
    text = ("وقال الوزير إنه لا يعرف ما إذا كانت الجماعة تقف وراء الهجوم الذي وقع في العاصمة "
            "الخميس الماضي.")
    assert _spec(text) == [("هجوم", "specific")]


def test_a_planned_act_stays_a_plan() -> None:
    # (an intention verb before it voids the act outright: triggers.tsv, reach subject)
    assert _spec("ومن المقرر أن يشن الجيش هجوما على المدينة الأحد.") == [("هجوما", "hypothetical")]
