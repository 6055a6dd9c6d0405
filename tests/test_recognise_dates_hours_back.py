"""Hours counted back to the report's day ("خلال الـ24 ساعة الماضية", "over the past 48
hours"): the day before the report and that day, or the two days before it."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _spans(text: str, language: str = "ar") -> list[tuple[str | None, str | None, int | None]]:
    ex = READER.read(Document("t", text, language, "t", published="2017-03-14"))
    return [(m.value.get("start"), m.value.get("end"), m.value.get("time_precision"))
            for m in ex.mentions if m.kind == "date" and isinstance(m.value, dict)]


def test_the_past_24_hours_with_a_spaced_article() -> None:
    assert _spans("سقط 12 قتيلا في قصف على البلدة خلال الـ 24 ساعة الماضية.") == [
        ("2017-03-13", "2017-03-14", 1)]


def test_the_hours_before_their_count() -> None:
    assert _spans("قتل أربعة مدنيين في غارات على الريف خلال الساعات الـ48 الأخيرة.") == [
        ("2017-03-12", "2017-03-14", 2)]


def test_english_past_24_hours() -> None:
    assert _spans("Four civilians were killed in shelling over the past 24 hours.", "en") == [
        ("2017-03-13", "2017-03-14", 1)]


def test_the_past_hours_uncounted_stay_undated() -> None:
    assert _spans("تواصل القصف على البلدة خلال الساعات الماضية.") == []
