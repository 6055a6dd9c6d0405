"""Counted days just past ("خلال اليومين الماضيين"، "over the past two days") are the span from
that many days before the report to its day, and date the acts told over them; "the past
hours" and "the past days" count nothing and give no date. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_ar = events_reader(published="2020-01-16")
_en = events_reader(published="2020-01-16", language="en")


def _dates(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in events]


def test_the_past_two_days_in_arabic() -> None:
    events = _ar("قتل ثلاثة مدنيين في قصف على أحياء المدينة خلال اليومين الماضيين.")
    assert ("2020-01-14", "2020-01-16") in _dates(events)


def test_the_past_three_days() -> None:
    events = _ar("دارت اشتباكات عنيفة بين الجيش والمسلحين في ريف المدينة في الأيام الثلاثة الماضية.")
    assert ("2020-01-13", "2020-01-16") in _dates(events)


def test_the_past_two_days_in_english() -> None:
    events = _en("Militants attacked two police checkpoints near the town over the past two days.")
    assert ("2020-01-14", "2020-01-16") in _dates(events)


def test_the_past_hours_give_no_date() -> None:
    events = _ar("قصفت قوات النظام بلدات ريف درعا خلال الساعات الماضية.")
    assert events
    assert all(start is None for start, _ in _dates(events))


def test_earlier_today() -> None:
    events = _ar("قتل شرطي في هجوم مسلح على حاجز أمني في وقت سابق من اليوم.")
    assert ("2020-01-16", "2020-01-16") in _dates(events)
