"""English: a month or a year right after "since" ("killed since January") is where a tally or
a practice began, a period's bound (event_dates._since_month), not the day of one incident: the
toll is a trend, never historical because the month is old. A day after "since" stays an
anchor. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _spec(text: str) -> list[str]:
    return [e.specificity for e in _events(text)]


def test_a_toll_since_a_month_is_a_trend() -> None:
    for text in (
        "At least 45 civilians have been killed in air strikes on Idlib since January, the monitor said.",
        "More than 300 people have been killed in clashes in the region since January.",
        "Eleven explosive devices have been found near the city since September.",
        "Government forces have set up 40 military posts in the province since October 2022.",
    ):
        assert _spec(text) == ["trend"], (text, _spec(text))
        assert all(e.date is None or e.date.start is None for e in _events(text)), text


def test_a_day_after_since_or_a_dated_act_stays_specific() -> None:
    for text in (
        "An air strike killed 12 civilians in Idlib on Tuesday, the monitor said.",
        "Air strikes have killed 12 civilians in Idlib since Monday, the monitor said.",
    ):
        assert _spec(text) == ["specific"], (text, _spec(text))
