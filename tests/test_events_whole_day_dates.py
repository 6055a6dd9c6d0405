"""A single day after "throughout/during" ("طوال يوم أمس"، "خلال يوم الثلاثاء"، "throughout
Monday") dates the acts of that day: it is not the bound of a period (as "خلال الأسبوع الماضي"
or "منذ يوم الأحد" are), so the act is specific and carries that day. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_ar = events_reader(published="2016-03-10")
_en = events_reader(published="2016-03-10", language="en")


def _dated(events: list[Event]) -> list[tuple[str | None, str | None, str]]:
    return [(e.date.start, e.date.end, e.specificity) for e in events]


def test_fighting_all_day_yesterday_is_yesterdays() -> None:
    events = _ar("وخاضت القوات الحكومية طوال يوم أمس معارك عنيفة مع المسلحين في ريف درعا.")
    assert ("2016-03-09", "2016-03-09", "specific") in _dated(events)


def test_strikes_during_a_named_day_are_that_days() -> None:
    events = _ar("شنت الطائرات الحربية غارات مكثفة طيلة يوم الثلاثاء على مدينة إدلب.")
    assert ("2016-03-08", "2016-03-08", "specific") in _dated(events)


def test_a_week_after_during_stays_a_period() -> None:
    events = _ar("قتل 20 مدنيا خلال الأسبوع الماضي في قصف على أحياء مدينة حلب.")
    assert events
    # (no day: a pattern may keep the whole week, pattern_dates; a specific event nothing)
    assert all(start is None or ((start, end, spec) == ("2016-02-27", "2016-03-05", spec)
               and spec != "specific") for start, end, spec in _dated(events))


def test_a_day_after_since_stays_a_period_bound() -> None:
    events = _ar("قتل 30 شخصا منذ يوم الأحد في قصف متواصل على أحياء مدينة حلب.")
    assert events
    assert all(start != "2016-03-06" or spec != "specific"
               for start, _, spec in _dated(events))


def test_english_throughout_a_day_dates_the_clashes() -> None:
    events = _en("Government troops fought militants in the outskirts of Deraa throughout Tuesday.")
    assert ("2016-03-08", "2016-03-08", "specific") in _dated(events)
