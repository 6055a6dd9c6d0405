"""A dateline at the head of an article ("Posted on July 12 2016 …", "Thursday 01 September 2016
20:22 …") gives the day the report was published, not the day of its first event: an event in
the headline or lead that follows it must take its day from the text (or have none), so the
dateline's dates are left out of the dates events read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.model import Mention

# What may stand before and between a dateline's dates: punctuation, digits (clock times) and
# label words (English and Arabic); weekday names that are not date mentions of their own.
_GAP = re.compile(
    r"(?:[\W\d_]|\b(?:posted|published|updated|last|date|of|publication|on|at|am|pm|gmt|utc"
    r"|local|time|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|نشر|نُشر|تاريخ|النشر|آخر|اخر|تحديث|في|بتاريخ)\b)*",
    re.IGNORECASE,
)
# A dateline stands at the very head of the text.
_REACH = 60
_YEAR = re.compile(r"\d{4}")
# A date followed by a comma opens a sentence ("On 12 July 2015, gunmen …"): it dates its event.
_ADVERBIAL = re.compile(r"\s*[,،]")


# A dateline may also follow the headline (and an agency name): "… in Syrian town AP Wednesday
# 26 Oct 2016 A leading rights group says …". Within this reach, a run of dates with a year,
# with no preposition before it (an event's date is "on Wednesday", "في 26 …"), that ends a
# line or is followed by a capitalised word starting the lead.
_HEAD_REACH = 250
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:on|in|at|since|by|until|till|from|of|during|before|after|to)"
    r"|(?<!\w)[وف]?(?:في|منذ|حتى|حتي|من|الى|إلى|يوم|بتاريخ))\s*\Z",
    re.IGNORECASE,
)
_LEAD_AFTER = re.compile(r"[ \t]*(?:\n|[A-Z])")


def without_dateline(dates: Sequence[Mention], text: str) -> list[Mention]:
    """``dates`` (in text order) but the run of them that forms a dateline: dates at the head
    of the text, or after the headline (see ``_HEAD_REACH``), separated only by punctuation,
    clock times and label words, one of them with a year, not followed by a comma."""
    pos, run = 0, 0
    for d in dates:
        if d.span.start > _REACH or not _GAP.fullmatch(text, pos, d.span.start):
            break
        pos, run = d.span.end, run + 1
    if not run or _ADVERBIAL.match(text, pos):
        return _after_headline(dates, text)
    if not any(_YEAR.search(d.text) for d in dates[:run]):
        return list(dates)
    return list(dates[run:])


def _after_headline(dates: Sequence[Mention], text: str) -> list[Mention]:
    """``dates`` but a dateline run standing after the headline (see ``_HEAD_REACH``)."""
    for first, d in enumerate(dates):
        if d.span.start > _HEAD_REACH:
            break
        if _PREPOSITION_BEFORE.search(text, max(0, d.span.start - 12), d.span.start):
            continue
        last, pos = first, d.span.end
        while last + 1 < len(dates) and _GAP.fullmatch(text, pos, dates[last + 1].span.start):
            last += 1
            pos = dates[last].span.end
        run = dates[first : last + 1]
        if any(_YEAR.search(x.text) for x in run) and _LEAD_AFTER.match(text, pos):
            return [*dates[:first], *dates[last + 1 :]]
    return list(dates)
