"""Acts told as coming a while after another ("غداة X", "بعد يوم من X", "بعد أيام من X").

"قصف الجيش المدينة السبت غداة اشتباكات عنيفة": the day named before the marker dates the main
act, and X (the act right after the marker) came before it; a day named after the marker in
X's own clause ("غداة هجوم وقع مساء الثلاثاء") is X's, not the main act's. So a day on the
other side of the marker never dates a trigger, and X with no day of its own takes the day the
marker counts back to when it says how far (غداة، بعد يوم من: the day before; بعد يومين من: two
days before; بعد ثلاثة أيام من: three) and the main act's day is a single day; "بعد أيام من"، "بعد ساعات من" give it none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.model import DateValue, Mention, Span

# Any marker's letters: one search per document spares the rest where none is (غداة by
# ``in``; the other, starting with a literal word, is searched for by that word, in C).
_CHEAP = re.compile(r"بعد\s+(?:\S+\s+)?(?:يوم|يومين|أيام|ايام|ساعات|ساعة|أسبوع|اسبوع|أسابيع|اسابيع)")
# The markers, and how many days back each counts (None: an unknown while).
_MARK_RE = re.compile(
    r"(?<!\w)[وف]?(?:(?P<morrow>غداة)"
    r"|بعد\s+(?:(?P<one>يوم(?:\s+واحد)?)|(?P<two>يومين)"
    r"|(?P<n>\d+|ثلاثة|ثلاث|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)\s+(?:أيام|ايام)"
    r"|أيام|ايام|ساعات|ساعة|أسبوع|اسبوع|أسابيع|اسابيع|(?:\S+\s+)?(?:أيام|ايام|ساعات))"
    r"\s+(?:فقط\s+)?(?:من|على))(?!\w)"
)
# How many words may stand between the marker and the act it names (غداة مقتل 61 فلسطينيا برصاص…).
_REACH = 6
# Further, in the marker's own clause (X told at length: "بعد ثلاثة أيام من عملية أخرى في مالي
# قرب الحدود قتل فيها…").
_CLAUSE_REACH = 12
# How far (characters) the evidence of a derived day may run from the day to the marker.
_EVIDENCE_CHARS = 60


def _marks(c: Candidate, idx: DocIndex) -> list[re.Match[str]]:
    """The markers of the candidate's sentence (none, cheaply, in most documents)."""
    has = idx.facts.get(("day_after", -1))
    if has is None:
        original = idx.view.original
        has = idx.facts[("day_after", -1)] = "غداة" in original or _CHEAP.search(original) is not None
    if not has:
        return []
    original, start, end = idx.view.original, idx.sent_starts[c.sent], idx.sent_end(c.sent)
    if original.find("بعد", start, end) < 0 and original.find("غداة", start, end) < 0:
        return []  # (every marker holds one: found in C, no regex scan of the sentence)
    return list(_MARK_RE.finditer(original, start, end))


# The counts of days a marker may give in words (3 to 10: "بعد ثلاثة أيام من").
_COUNTS = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7,
           "ثمانية": 8, "تسعة": 9, "عشرة": 10}
# Counted in figures, a count further back than this is not a day the report tells.
_MAX_DAYS = 31


def _days_back(g: re.Match[str]) -> int | None:
    if g.group("morrow") or g.group("one"):
        return 1
    if g.group("two"):
        return 2
    n = g.group("n")
    if n is None:
        return None
    if n in _COUNTS:
        return _COUNTS[n]
    days = int(n)  # (int reads Arabic-Indic digits as they stand)
    return days if 0 < days <= _MAX_DAYS else None


def split_day_after(
    c: Candidate, pool: Sequence[Mention], idx: DocIndex
) -> tuple[list[Mention], DateValue | None]:
    """``pool`` (the sentence's candidate days for ``c``) without the days on the other side of
    a marker from the trigger, and, for the act a marker names, the day it counts back to from
    the main act's day (None when there is no single such day)."""
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
    words = len(text[g.end() : t.start].split())  # (between the marker and the act)
    if words > _REACH and (words > _CLAUSE_REACH or g.start() < idx.clause_start(c.clause)):
        return kept, None
    anchors = [d for d in kept if d.span.end <= g.start()]
    kept = [d for d in kept if d.span.start >= g.end() and idx.clause(d) == c.clause]
    back = _days_back(g)
    if kept or not anchors or back is None:
        return kept, None
    return kept, _day_before(max(anchors, key=lambda d: d.span.start), g, back, text)


def _day_before(d: Mention, g: re.Match[str], back: int, text: str) -> DateValue | None:
    """The day ``back`` days before a single-day date, its evidence the day through the marker
    when they stand close (else the day alone)."""
    v = d.value if isinstance(d.value, dict) else {}
    start = v.get("start")
    if v.get("time_precision") != 1 or not isinstance(start, str) or v.get("end") != start:
        return None
    try:
        day = (dt.date.fromisoformat(start[:10]) - dt.timedelta(days=back)).isoformat()
    except ValueError:
        return None
    span = Span(d.span.start, g.end()) if g.end() - d.span.start <= _EVIDENCE_CHARS else d.span
    return DateValue(day, day, 1, text[span.start : span.end], span)


def marked_between(text: str, start: int, end: int) -> bool:
    """A marker stands in ``text[start:end]`` (between two triggers: two acts, one after the
    other)."""
    if start >= end:
        return False
    between = text[start:end]
    return ("غداة" in between or "بعد" in between) and _MARK_RE.search(between) is not None
