"""An actor cut off from its act by a comma is still its subject in two shapes: a topic named
alone before its clause (الجماعة، منذ سيطرتها على المدينة، …؛ إن المسلحين، …) and the
antecedent of a relative clause that opens with the act's verb (… وفد من الفصيل، الذي سيطر على
…). Roles otherwise reads an actor of another clause only when a cue word marks its role."""

from __future__ import annotations

import re

from marsad.assemble.doc import DocIndex
from marsad.model import Mention

# What a topic may follow at its clause's start: nothing, or و، ف، لكن، كما، أما…, or any words
# ending in the reported clause's إن/أن (قال مسؤولون إن الحوثيين، …).
_LEAD = re.compile(r"(?:\s*(?:[وف]?(?:لكن|كما|أما|بينما|فيما)\s+)?|(?:.*\s)?[وف]?ب?[إأا]ن\s+)"
                   r"[\"«“]?[وف]?$")
# A relative pronoun opening the act's clause, and up to two words before the act (قد، كان).
_RELATIVE = re.compile(r"\s*و?(?:الذي|التي|الذين|اللذين|اللتين|الذى|التى)\s+(?:(?:قد|كان|كانت|كانوا)\s+){0,2}$")
_CLAUSE_END = re.compile(r"[\"»”]?\s*[،,]\s*$")


def antecedent(a: Mention, t: Mention, a_clause: int, t_clause: int, idx: DocIndex) -> bool:
    """``a``, in a clause before the act ``t``'s (same sentence), is its subject: the last words
    of its clause, and either the whole of it (a topic: ``t`` in one of the next two clauses) or
    the antecedent of a relative pronoun right before ``t`` (``t`` in the next clause)."""
    steps = t_clause - a_clause
    if not 1 <= steps <= 2:
        return False
    text = idx.view.original
    if not _CLAUSE_END.match(text, a.span.end, idx.clause_end(a_clause)):
        return False
    start = idx.clause_start(t_clause)
    if steps == 1 and _RELATIVE.match(text, start, t.span.start):
        return True
    return _LEAD.match(text, idx.clause_start(a_clause), a.span.start) is not None
