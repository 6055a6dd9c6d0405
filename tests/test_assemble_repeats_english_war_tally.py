"""An English war-sized toll counted over a time or a war ("since then 300,000 people have been
killed", "killed in the conflict") is the war's toll, not the fatalities of an incident reported
before it; a small toll after an incident still is its. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2016-08-02", language="en")


def _fatalities(text: str) -> list[int | None]:
    return [e.fatalities.best if e.fatalities else None for e in _events(text)]


def test_a_toll_since_then_is_no_strikes_fatalities() -> None:
    assert _fatalities("Warplanes struck Atarib on Tuesday. Since then more than 300,000 people "
                       "have been killed.") == [None]


def test_a_toll_of_the_conflict_is_no_strikes_fatalities() -> None:
    assert _fatalities("Warplanes struck Atarib on Tuesday. More than 250,000 people have been "
                       "killed in the Syrian conflict.") == [None]


def test_a_quarter_of_a_million_since_2011_is_no_strikes_fatalities() -> None:
    assert _fatalities("Jets bombed Saraqib on Monday. Since 2011 a quarter of a million people "
                       "have been killed.") == [None]


def test_a_small_toll_after_the_strike_stays_its_own() -> None:
    assert _fatalities("Warplanes struck Atarib on Tuesday. Since the morning 12 people have "
                       "been killed.") == [12]
