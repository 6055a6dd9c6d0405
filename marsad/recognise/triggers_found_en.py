"""English: a device named as the subject of a passive clearance verb ("20 grenades were found
near the school", "two explosive devices have been defused") was found or cleared, not used:
Disrupted weapons use (CODING §1), as a device after an active clearance verb is
(triggers_context.cleared). A blast word ("the explosion") is no device found.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_keep import BLAST_EN
from marsad.recognise.triggers_objects import PASSIVE_GAP

_REACH = 10  # words from the device to its verb (grenades and a thousand rounds were found)
_AUXILIARIES = frozenset({"was", "were", "been", "being", "be", "is", "are"})


def found_passive(m: Match, clears: Sequence[Match], texts: Sequence[str], scope: Scope) -> bool:
    """A passive clearance verb after the device ``m`` in its clause."""
    if m.key in BLAST_EN or m.key.endswith("ing"):
        return False
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    for c in clears:
        k = c.first_token
        if not (0 < k - m.last_token <= _REACH and clause_of[k] == clause):
            continue
        j = k - 1  # back over adverbs to the auxiliary (was later found)
        while j > m.last_token and texts[j] in PASSIVE_GAP and texts[j] not in _AUXILIARIES:
            j -= 1
        if texts[j] in _AUXILIARIES:
            return True
    return False
