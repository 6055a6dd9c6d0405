"""Date values and calendar arithmetic for the date recogniser: the value dict of a resolved
(or unresolved) date, month bounds and shifts, the two week conventions.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Value = dict[str, object]


def _value(
    start: date | None, end: date | None, precision: int | None, relative: bool,
    calendar_name: str = "gregorian", year: int | None = None,
) -> Value:
    out: Value = {
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "time_precision": precision if start else None,
        "calendar": calendar_name,
        "relative": relative,
        "resolved": start is not None,
    }
    if year is not None:
        out["year"] = year  # a year alone (or "last year"): kept, but no dates
    return out


def _month_bounds(year: int, month: int, part: str | None = None) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = {"first": (1, 10), "middle": (11, 20), "last": (21, last)}.get(
        part or "", (1, last)
    )
    return date(year, month, first_day), date(year, month, last_day)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _week_start(d: date) -> date:
    """Saturday of the (ACLED, Saturday-Friday) week holding ``d``."""
    return d - timedelta(days=(d.weekday() - 5) % 7)


def _sunday_start(d: date) -> date:
    """Sunday of the (Sunday-Saturday) week holding ``d``, as many outlets count the week."""
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
