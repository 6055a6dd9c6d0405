"""Acts told as the day after another ("غداة X", the morrow of X).

"قصف الجيش المدينة السبت غداة اشتباكات عنيفة": the day named before غداة dates the main act,
and X (the act right after غداة) happened the day before it; a day named after غداة ("غداة
هجوم وقع مساء الثلاثاء") is X's own, not the main act's. So a day on the other side of غداة
never dates a trigger, and X with no day of its own takes the day before the main act's (a
single day only: anything coarser gives it none).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.model import DateValue, Mention, Span

_MARK = "غداة"
_MARK_RE = re.compile(r"(?<!\w)[وف]?غداة(?!\w)")
# How many words may stand between غداة and the act it names (غداة مقتل 61 فلسطينيا برصاص…).
_REACH = 6
# How far (characters) the evidence of a derived day may run from the day to غداة.
_EVIDENCE_CHARS = 60


def _marks(c: Candidate, idx: DocIndex) -> list[re.Match[str]]:
    """The غداة words of the candidate's sentence (none, cheaply, in most documents)."""
    has = idx.facts.get(("ghadat", -1))
    if has is None:
        has = idx.facts[("ghadat", -1)] = _MARK in idx.view.original
    if not has:
        return []
    starts = idx.sent_starts
    start = starts[c.sent]
    end = starts[c.sent + 1] if c.sent + 1 < len(starts) else len(idx.view.original)
    return list(_MARK_RE.finditer(idx.view.original, start, end))


def split_day_after(
    c: Candidate, pool: Sequence[Mention], idx: DocIndex
) -> tuple[list[Mention], DateValue | None]:
    """``pool`` (the sentence's candidate days for ``c``) without the days on the other side of
    a غداة from the trigger, and, for the act غداة names, the day before the main act's day
    (None when there is no single such day)."""
    marks = _marks(c, idx)
    if not marks:
        return list(pool), None
    t = c.trigger.span
    text = idx.view.original
    after = [g for g in marks if g.start() >= t.end]
    kept = list(pool)
    if after:  # the main act: X's days are not its own
        kept = [d for d in kept if d.span.start < after[0].start()]
    before = [g for g in marks if g.end() <= t.start]
    if not before:
        return kept, None
    g = before[-1]
    if len(text[g.end() : t.start].split()) > _REACH:
        return kept, None
    anchors = [d for d in kept if d.span.end <= g.start()]
    kept = [d for d in kept if d.span.start >= g.end()]
    if kept or not anchors:
        return kept, None
    return kept, _day_before(max(anchors, key=lambda d: d.span.start), g, text)


def _day_before(d: Mention, g: re.Match[str], text: str) -> DateValue | None:
    """The day before a single-day date, its evidence the day through غداة when they stand
    close (else the day alone)."""
    v = d.value if isinstance(d.value, dict) else {}
    start = v.get("start")
    if v.get("time_precision") != 1 or not isinstance(start, str) or v.get("end") != start:
        return None
    try:
        day = (dt.date.fromisoformat(start[:10]) - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return None
    span = Span(d.span.start, g.end()) if g.end() - d.span.start <= _EVIDENCE_CHARS else d.span
    return DateValue(day, day, 1, text[span.start : span.end], span)
