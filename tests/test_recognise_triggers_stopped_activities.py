"""A stop verb of the arrest row that governs an activity (فأوقف القتال، أوقفت الشركة رحلاتها)
detains no one; one with people after it still does: our own sentences in the style of news
reports."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-06-13")


def _subtypes(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text, "2018-06-13")]


def test_stopping_an_activity_is_no_arrest() -> None:
    for text in (
        "خاض الحزب معركة قصيرة قرب عرسال سقط فيها قتلى، فأوقف القتال وعاد إلى مواقعه.",
        "أوقفت الشركة رحلاتها إلى مطار صنعاء بعد الغارات على المدينة.",
        "قال مسؤول إن الحكومة أوقفت تعاونها الأمني مع الدول الغربية بعد هجوم داعش على الحدود.",
        "أوقفت القوات الحكومية هجومها على البلدة بموجب اتفاق الهدنة مع فصائل المعارضة في درعا.",
    ):
        assert "Arrests" not in _subtypes(text), text


def test_stopping_people_stays_an_arrest() -> None:
    for text in (
        "أوقفت الشرطة ثلاثة أشخاص بعد الاشتباكات في بنغازي.",
        "أوقفت الوحدات الأمنية عنصرا تكفيريا في ولاية القصرين أمس.",
    ):
        assert "Arrests" in _subtypes(text), text
