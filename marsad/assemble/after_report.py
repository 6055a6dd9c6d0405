"""Dates weighed against the report's own day.

No event is dated after the report that tells it: a date later than the publication day
names something planned or expected (an election, a deadline), or a yearless day read in the
wrong year ("في 23 آذار" of a story from long ago, resolved to the report's year). Either way
the text does not date the act, so the event keeps no date rather than an invented one.
A day of slack covers time zones: a report stamped 23:56 UTC is already the next day where its
"today" is (اليوم الجمعة).

An act whose final date ends more than a month before the report is an older incident told in
today's article (CODING: background/historical mentions), not today's event: ``historical``,
keeping its own date. The judge applies the same rule to a date in the act's own clause; this
pass applies it to dates found later (inherited, settled, refined by a reference)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from marsad.assemble.candidate import NO_DATE, Candidate
from marsad.assemble.event_dates import history_cutoff

NOTE = "date after the report's day: not the act's"
OLD_NOTE = "historical: dated more than a month before the report"


def weigh_against_report(cands: Iterable[Candidate], published: object) -> None:
    """Drop each candidate's date that starts more than a day after the publication day, and
    make historical each specific one whose date ends more than a month before it (its date
    stays: it is the text's). ``published``: the document's publication date or timestamp;
    without one, or with one that is no date, nothing changes."""
    try:
        day = date.fromisoformat(str(published)[:10])
    except ValueError:
        return
    latest = (day + timedelta(days=1)).isoformat()
    cutoff = history_cutoff(str(published))  # (the judge's own cutoff: one rule, one number)
    assert cutoff is not None
    oldest = cutoff.isoformat()
    for c in cands:
        start = c.date.start
        if start is None:
            continue
        if start[:10] > latest:
            c.date = NO_DATE
            c.notes.append(NOTE)
        elif c.specificity == "specific" and (c.date.end or start)[:10] < oldest:
            c.specificity = "historical"
            c.notes.append(OLD_NOTE)
