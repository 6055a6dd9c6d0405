""""Not … until <time>" (لم يتبين حتى مساء الثلاثاء، لم تتبنها أي جهة حتى الآن): the time says as of
when nothing was known or claimed, and bounds no act's period (event_dates.is_period), unlike
"the shelling went on until Tuesday evening"."""

from __future__ import annotations

import re

from marsad.assemble.doc import DocIndex
from marsad.model import Mention

_UNTIL = re.compile(r"حتى\s*(?:صباح|مساء|ظهر|فجر|ليل|ليلة)?\s*$")
_NEGATION = re.compile(r"(?:^|\s)و?(?:لم|لا|لن|ما|ليس|ليست)\s")
_REACH = 12  # characters before the date searched for حتى (and a time of day after it)


def as_of(d: Mention, idx: DocIndex) -> bool:
    """``d`` follows حتى (or opens with it) and a negation stands before it in its clause."""
    text, start = idx.view.original, d.span.start
    if not (_UNTIL.search(text, max(0, start - _REACH), start)
            or d.text.removeprefix("و").startswith("حتى")):
        return False
    return _NEGATION.search(text, idx.clause_start(idx.clause(d)), start) is not None
