"""The span a pattern event keeps: a trend or a recurring practice told with a whole month or a
span of days in its clause ("خلال شهر تموز الماضي"، "مطلع الأسبوع"، "this week") is dated over
that span (CODING §4: precision 2 or 3). Never a day (DESIGN: only a specific event may carry
one), never a part of a month (its days are a guess), never a count back ("قبل أسبوعين"), and
never a month after "since"/منذ (where a practice began, or the day of another happening)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.assemble.arguments import answered
from marsad.assemble.candidate import NO_DATE, Candidate
from marsad.assemble.date_scope import earlier_act, relative_clause_start
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.event_dates import AGO, iso_day, resolved, whole_month
from marsad.model import DateValue, Mention

PATTERNS = ("trend", "recurring")


def date_patterns(events: Sequence[Candidate], dates: Located, idx: DocIndex) -> None:
    """Each merged trend or recurring event keeps only the span its own clause (else its
    sentence) gives it: a day merged in from a specific mention is not the practice's."""
    for c in events:
        if c.specificity in PATTERNS:
            c.date, c.date_weak = NO_DATE, False
            if not c.charged:
                _date_pattern(c, dates, idx)


def _date_pattern(c: Candidate, dates: Located, idx: DocIndex) -> None:
    """The nearest week-like span or whole month of ``c``'s clause (else sentence)."""
    pool = [d for d in dates.in_clause(c.clause) or dates.in_sentence(c.sent)
            if _span_of_pattern(d) and not AGO.search(d.text) and not _stale_now(d, idx)
            and not earlier_act(c, d, idx) and not answered(c, d, idx) and not _since(c, d, idx)]
    if pool:
        d = min(pool, key=lambda d: idx.gap(c.trigger, d))
        v = d.value
        c.date = DateValue(v.get("start"), v.get("end"), v.get("time_precision"), d.text, d.span)


def _span_of_pattern(d: Mention) -> bool:
    """A resolved, past week-like span (precision 2) or one whole month."""
    if not resolved(d) or d.value.get("coming"):
        return False
    return d.value.get("time_precision") == 2 or whole_month(d)


_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)
# "The current month/week" (الشهر الحالي، يوليو الجاري، this month).
_NOW = re.compile(r"الحالي|الجاري|this|current", re.IGNORECASE)


def _stale_now(d: Mention, idx: DocIndex) -> bool:
    """A span the text calls current that does not hold the publication day: written before
    the row's date (a crawl time), so the text and the row disagree on which span is meant."""
    published = iso_day(idx.view.document.published)
    if published is None or not _NOW.search(d.text):
        return False
    first, last = iso_day(d.value.get("start")), iso_day(d.value.get("end"))
    return first is None or last is None or not first <= published <= last


def _since(c: Candidate, d: Mention, idx: DocIndex) -> bool:
    """منذ/since in ``d``, or before it in its clause or after the trigger ("كثفوا هجماتهم
    منذ أن انسحبوا … في أيار"): where something began, not the span."""
    text = idx.view.original
    lo = min(relative_clause_start(d, idx), c.trigger.span.end)
    return ("منذ" in d.text or "منذ" in text[lo : d.span.start]
            or _SINCE_WORD.search(text, lo, d.span.start) is not None)
