"""English: a shell, rocket or air raid said to carry a chemical agent ("shells filled with
a nerve agent", "a strike using chlorine", "villages bombarded with the army's chemical
arms") is a Chemical weapon (CODING §1: coded so however it was delivered), not the
delivery's own sub-type: the delivery cue takes the chemical cue's coding. Only with the agent
a few words after the delivery and joined to it by a word of carrying or means; a strike told
as an answer to a chemical attack ("missiles fired in retaliation for a poison gas attack")
keeps its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import Match

_DELIVERIES = frozenset({"shell", "air"})  # the families of shells, rockets and air strikes
_CHEM = "chem"
_JOINS = frozenset({"containing", "contained", "with", "carrying", "filled", "loaded", "stuffed",
                    "laden", "by", "using", "tipped", "armed"})
_REACH = 6  # words from the delivery to the agent (pounded by the group's chemical weapons)


def chemical_deliveries(candidates: list[Match], texts: Sequence[str], scope: Scope) -> list[Match]:
    """The candidates with each English delivery cue that carries a chemical agent re-coded as
    that agent's chemical weapon."""
    chems = [m for m in candidates if m.value.family == _CHEM and m.key.isascii()]
    if not chems:
        return candidates
    clause_of = scope.clause_of
    out: list[Match] = []
    for m in candidates:
        if m.value.family in _DELIVERIES and m.key.isascii():
            for c in chems:
                gap = c.first_token - m.last_token
                if 0 < gap <= _REACH and clause_of[c.first_token] == clause_of[m.first_token] \
                        and not _JOINS.isdisjoint(texts[m.last_token + 1 : c.first_token]):
                    m = m._replace(value=c.value)
                    break
        out.append(m)
    return out
