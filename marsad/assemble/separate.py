"""A candidate its own sentence calls a separate incident (وفي واقعة منفصلة، في حادث منفصل، in a
separate incident) is never a repeat of an event told before it, even when type, place and day
agree (two arrests announced the same day by two agencies).
"""

from __future__ import annotations

import regex

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex

# "separate" in Arabic (منفصل، منفصلة) and English, after a noun of incident or development.
_MARKER = regex.compile(
    r"(?:واقعة|حادثة|حادث|هجوم|عملية|تطور|حدث|قضية|سياق)\s+(?:آخر\s+)?منفصل[ةه]?"
    r"|\bseparate\s+(?:incident|attack|development|case|operation|raid)s?\b",
    regex.IGNORECASE,
)
_CUE = ("منفصل", "separate", "Separate")  # cheap test: no marker word, no regex
_REACH = 200  # characters back from the trigger to look for the marker, within its sentence


def separate_incident(c: Candidate, idx: DocIndex) -> bool:
    """A "separate incident" marker stands before the trigger in its sentence."""
    start = c.trigger.span.start
    text = idx.view.original
    lo = max(0, start - _REACH)
    if not any(w in text[lo:start] for w in _CUE):
        return False
    lo = max(lo, idx.sent_starts[idx.sent(c.trigger)])
    return _MARKER.search(text, lo, start) is not None
