"""No event carries a date after its report's publication day: planned dates and yearless days
of old stories read in the report's year are dropped, not kept as an invented date. Our own
sentences in the style of news reports."""

from __future__ import annotations

from reading import events_reader

from marsad.assemble.after_report import NOTE

_events = events_reader(published="2018-03-17")


def test_a_yearless_day_after_the_report_dates_no_event() -> None:
    # an anniversary story: "on 23 March" is of a year long gone, not of the report's year
    text = ("وفي 23 آذار قصفت الطائرات البلدة بالغازات السامة ما أدى إلى مقتل المئات، "
            "بحسب روايات الناجين.")
    events = _events(text)
    assert events, text
    assert all(e.date.start is None for e in events), [e.date for e in events]
    assert any(NOTE in e.notes for e in events)


def test_a_day_before_the_report_still_dates_the_event() -> None:
    events = _events("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب يوم 15 آذار.")
    assert [e.date.start for e in events] == ["2018-03-15"]


def test_a_report_stamped_before_midnight_utc_keeps_the_next_days_date() -> None:
    read = events_reader(published="2018-06-28T23:56:29+00:00")
    events = read("وتوصلت الفصائل إلى هدنة في محافظة درعا لمدة 12 ساعة اليوم الجمعة.")
    assert [e.date.start for e in events] == ["2018-06-29"]


def test_an_act_dated_years_before_the_report_is_historical_and_keeps_its_date() -> None:
    read = events_reader(published="2018-03-30")
    events = read("وتحيي الجماهير ذكرى مقتل ستة فلسطينيين برصاص القوات الإسرائيلية في 30 مارس 1976.")
    assert events
    e = events[0]
    assert e.specificity == "historical"
    assert e.date.start == "1976-03-30"


def test_an_act_of_two_weeks_ago_stays_specific() -> None:
    read = events_reader(published="2018-03-30")
    events = read("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب يوم 15 آذار.")
    assert [(e.specificity, e.date.start) for e in events] == [("specific", "2018-03-15")]
