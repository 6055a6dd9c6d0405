"""Hundreds or thousands of strikes or raids are a campaign's tally: pattern reporting (trend),
undated, never dated by the day a minister spoke; a counted day's strikes stay one incident:
our own sentences in the style of news reports."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-06-13")


def test_hundreds_of_strikes_are_a_trend_with_no_day() -> None:
    text = ("أعلنت الحكومة البريطانية أمس تمديد مهمتها الجوية في العراق عاما آخر. وقال وزير الدفاع "
            "إن طائرات تورنيدو شنت مئات الضربات ضد تنظيم داعش في مدن مثل تكريت وبيجي.")
    tallies = [e for e in _events(text, "2018-06-13") if e.trigger.text.endswith("ضربات")
               and e.trigger.span.start > text.index("وقال")]
    assert tallies, "the tally is still reported"
    assert all(e.specificity == "trend" and e.date.start is None for e in tallies)


def test_thousands_of_raids_are_a_trend() -> None:
    text = "ونفذت المقاتلات الروسية آلاف الغارات على مواقع المعارضة في ريف إدلب."
    events = _events(text, "2018-06-13")
    assert [e.specificity for e in events] == ["trend"]


def test_a_counted_days_strikes_stay_specific() -> None:
    text = "شنت طائرات التحالف 18 غارة على مواقع تنظيم داعش قرب الموصل أمس."
    events = _events(text, "2018-06-13")
    assert [e.specificity for e in events] == ["specific"]
    assert events[0].date.start == "2018-06-12"
