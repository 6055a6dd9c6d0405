"""A candidate its own sentence calls a separate incident (وفي واقعة منفصلة، في حادث منفصل، in a
separate incident) is never a repeat of an event told before it, even when type, place and day
agree (two arrests announced the same day by two agencies).
"""

from __future__ import annotations

import regex

from marsad.assemble.candidate import Candidate

# "separate" in Arabic (منفصل، منفصلة) and English, after a noun of incident or development.
_MARKER = regex.compile(
    r"(?:واقعة|حادثة|حادث|هجوم|عملية|تطور|حدث|قضية|سياق)\s+(?:آخر\s+)?منفصل[ةه]?"
    r"|\bseparate\s+(?:incident|attack|development|case|operation|raid)s?\b",
    regex.IGNORECASE,
)
_CUE = ("منفصل", "separate", "Separate")  # cheap test: no marker word, no regex
_REACH = 200  # characters back from the trigger to look for the marker, within its sentence
_SENTENCE_END = regex.compile(r"[.!?؟\n]")


def separate_incident(c: Candidate, text: str) -> bool:
    """A "separate incident" marker stands before the trigger in its sentence."""
    start = c.trigger.span.start
    before = text[max(0, start - _REACH) : start]
    if not any(w in before for w in _CUE):
        return False
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    return _MARKER.search(before) is not None
