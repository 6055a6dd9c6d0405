"""No event is dated after the report that tells it: a date later than the publication day
names something planned or expected (an election, a deadline), or a yearless day read in the
wrong year ("في 23 آذار" of a story from long ago, resolved to the report's year). Either way
the text does not date the act, so the event keeps no date rather than an invented one.
A day of slack covers time zones: a report stamped 23:56 UTC is already the next day where its
"today" is (اليوم الجمعة)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from marsad.assemble.candidate import NO_DATE, Candidate

NOTE = "date after the report's day: not the act's"


def undate_after_report(cands: Iterable[Candidate], published: object) -> None:
    """Drop every candidate's date that starts more than a day after the publication day
    (``published``: the document's publication date or timestamp; without one, or with one
    that is no date, nothing is dropped)."""
    try:
        latest = (date.fromisoformat(str(published or "")[:10]) + timedelta(days=1)).isoformat()
    except ValueError:
        return
    for c in cands:
        start = c.date.start
        if start is not None and start[:10] > latest:
            c.date = NO_DATE
            c.notes.append(NOTE)
