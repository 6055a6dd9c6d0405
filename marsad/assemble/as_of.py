""""Not … until <time>" (لم يتبين حتى مساء الثلاثاء، لم تتبنها أي جهة حتى الآن): the time says as of
when nothing was known or claimed, and bounds no act's period (event_dates.is_period), unlike
"the shelling went on until Tuesday evening". Whether the date follows حتى is read by
``is_period``'s own lead pattern (one reading of حتى and of its reach); this module tests the
negation."""

from __future__ import annotations

import re

from marsad.assemble.doc import DocIndex
from marsad.model import Mention

UNTIL = "حتى"
_NEGATION = re.compile(r"(?:^|\s)و?(?:لم|لا|لن|ما|ليس|ليست)\s")


def as_of(d: Mention, idx: DocIndex) -> bool:
    """A negation stands before ``d`` in its clause (``d`` follows حتى: the caller's test)."""
    return _NEGATION.search(idx.view.original, idx.clause_start(idx.clause(d)), d.span.start) is not None
