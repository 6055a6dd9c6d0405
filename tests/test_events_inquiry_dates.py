"""A date right after an investigation or a report it names ("during a week-long investigation
this month", "in a report issued on Tuesday") says when that was done, not when the event was:
the event takes no date from it. Our own English sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_events = events_reader(published="2019-05-22", language="en")


def _dated(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in events if e.date.start is not None]


def test_an_investigation_month_does_not_date_the_killings() -> None:
    text = ("The monitor said it documented 40 civilians killed by landmines in the town "
            "during a week-long investigation this month.")
    events = _events(text)
    assert events
    assert _dated(events) == []


def test_a_report_day_does_not_date_the_killings() -> None:
    text = ("Rights groups said in a report issued on Tuesday that militias executed 12 "
            "prisoners in the town.")
    assert ("2019-05-21", "2019-05-21") not in _dated(_events(text))


def test_the_event_s_own_day_still_dates_it() -> None:
    text = "Landmines killed four shepherds near the town this month, the monitor said."
    assert _dated(_events(text)) == [("2019-05-01", "2019-05-22")]
