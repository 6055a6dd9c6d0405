"""A bare weekday does not date an act the document already told as history on that weekday.

A bare weekday ("الثلاثاء", "صباح الثلاثاء") is read as the last such day before the report.
That fails when the document has already told an act of the same type as an earlier incident,
with a single day more than a month old in the sentence that told it ("تفجير سوق الرمادي في 12
يناير الماضي", a Tuesday), and later names that act again with the definite article as the one
known act ("الانفجار", "السيارة المفخخة", "الانتحاري") on a bare weekday that is the old day's
weekday: a trial report retelling the attack day from a defendant's account, a feature going
back over an attack. The weekday is then the old day told again, not last week's, and the
report's calendar cannot place it (CODING §4: no date the text does not give the act), so the
later mention keeps no date from it.

An indefinite mention ("تفجير جديد"), a weekday other than the old day's, another type of act,
and any mention before the historical telling (a lead told first is today's act) keep theirs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from marsad.assemble.candidate import NO_DATE, Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.event_dates import iso_day, long_before, resolved
from marsad.model import Mention

NOTE = "bare weekday: the act was told earlier as history, its day is not the report's week's"

# A weekday name with nothing but a part of the day or يوم before it, and no number or month.
_BARE_WEEKDAY = re.compile(
    r"(?:[وف]?(?:يوم|صباح|مساء|ظهر|عصر|فجر|ليل|ليلة|نهار|ظهيرة)\s+)?[وف]?"
    r"(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه)"
    r"|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


# The article after at most a conjunction and a preposition (والتفجير، بالهجوم، للانتحاري).
_ARTICLE = re.compile(r"[وف]?(?:[بكل]?ال|لل)")


def _definite(c: Candidate, text: str) -> bool:
    """The trigger's word carries the definite article (the trigger of "الحزام الناسف" may start
    after it), or "the" stands right before it."""
    start = c.trigger.span.start
    word_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    word = text[word_start:start] + c.trigger.text
    return (_ARTICLE.match(word) is not None
            or text[max(0, start - 4) : start].lower() == "the ")


def _old_weekdays(c: Candidate, dates: Located, idx: DocIndex) -> frozenset[int]:
    """The weekdays of the single days more than a month back that the sentence of ``c``, an
    earlier incident, gives (none when ``c`` is not historical)."""
    if c.specificity != "historical":
        return frozenset()
    return frozenset(day.weekday() for d in dates.in_sentence(c.sent)
                     if resolved(d) and long_before(d, idx) and (day := _one_day(d)) is not None)


def _one_day(d: Mention) -> dt.date | None:
    """The day a date mention names, if it names a single day."""
    v = d.value if isinstance(d.value, dict) else {}
    start = v.get("start")
    return iso_day(start) if isinstance(start, str) and v.get("end", start) == start else None


def undate_history_weekdays(cands: Sequence[Candidate], dates: Located, idx: DocIndex) -> None:
    """Drop a bare weekday's date from each later definite mention of an event type the document
    told earlier as an old incident of that weekday (see the module docstring)."""
    if not dates.items:
        return
    text = idx.view.original
    told: dict[str, tuple[int, frozenset[int]]] = {}  # event type -> (sentence, its old weekdays)
    for c in cands:
        first = told.get(c.event_type)
        if first is None:
            old = _old_weekdays(c, dates, idx)
            if old:
                told[c.event_type] = (c.sent, old)
            continue
        d = c.date
        if (c.sent > first[0] and d.start is not None and d.text is not None
                and _BARE_WEEKDAY.fullmatch(d.text.strip()) is not None
                and _weekday(d.start) in first[1] and _definite(c, text)):
            c.date, c.date_weak = NO_DATE, False
            c.notes.append(NOTE)


def _weekday(iso: str) -> int | None:
    """The weekday of an ISO day (None when it is no day)."""
    return None if (day := iso_day(iso)) is None else day.weekday()
