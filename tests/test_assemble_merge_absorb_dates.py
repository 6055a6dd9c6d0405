"""merge.absorb and dates: a merged repeat lends its day only when the day is the act's own,
or when it is a statement day of the same sentence (a source's day dates only the act it tells)."""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge_compat import absorb
from marsad.model import DateValue, Mention, Span


def _candidate(sent: int, day: str | None = None, weak: bool = False) -> Candidate:
    trigger = Mention("trigger", Span(sent * 10, sent * 10 + 4), "قصف", {}, "test")
    c = Candidate(trigger, sent, sent, 0, False, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                  "ASSAULT", "shelling", "verb", "strong")
    if day is not None:
        c.date = DateValue(day, day, 1, "الأحد", Span(sent * 10 + 5, sent * 10 + 9))
        c.date_weak = weak
    return c


def test_a_statement_day_of_another_sentence_does_not_date_the_event() -> None:
    into, other = _candidate(0), _candidate(3, "2018-05-06", weak=True)
    absorb(into, other)
    assert into.date.start is None


def test_a_statement_day_of_the_same_sentence_is_kept_and_stays_weak() -> None:
    into, other = _candidate(2), _candidate(2, "2018-05-06", weak=True)
    absorb(into, other)
    assert (into.date.start, into.date_weak) == ("2018-05-06", True)


def test_the_acts_own_day_replaces_a_weak_statement_day() -> None:
    into, other = _candidate(0, "2018-05-06", weak=True), _candidate(4, "2018-05-04")
    absorb(into, other)
    assert (into.date.start, into.date_weak) == ("2018-05-04", False)


def test_an_own_day_is_not_replaced_by_a_repeats_day() -> None:
    into, other = _candidate(0, "2018-05-04"), _candidate(4, "2018-05-05")
    absorb(into, other)
    assert into.date.start == "2018-05-04"
