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


def without_dateline(dates: Sequence[Mention], text: str) -> list[Mention]:
    """``dates`` (in text order) but the run of them that forms a leading dateline: dates at the
    head of the text separated only by punctuation, clock times and label words, one of them
    with a year, not followed by a comma."""
    pos, run = 0, 0
    for d in dates:
        if d.span.start > _REACH or not _GAP.fullmatch(text, pos, d.span.start):
            break
        pos, run = d.span.end, run + 1
    if not run or _ADVERBIAL.match(text, pos):
        return list(dates)
    if not any(_YEAR.search(d.text) for d in dates[:run]):
        return list(dates)
    return list(dates[run:])
