"""English: a base, post or barracks is Headquarters or base established only when a verb of
setting up governs it ("the army has set up two new bases", "three points were set up"); named
alone it is where an attack fell or who was there. The bare nouns (row lemma ``post``) need such
a verb a few words before them in their clause, or after them in a passive.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_objects import PASSIVE_GAP

POST = "post"  # the row lemma of the bare base nouns
_BEFORE_REACH = 5  # words from the verb to the noun (set up its 11th observation point)


def established_bases(candidates: list[Match], verbs: Sequence[Match], texts: Sequence[str],
                      scope: Scope) -> list[Match]:
    """The candidates less the bare base nouns no verb of setting up governs."""
    clause_of = scope.clause_of
    return [m for m in candidates if m.value.lemma != POST or any(
        clause_of[v.first_token] == clause_of[m.first_token] and (
            0 < m.first_token - v.last_token <= _BEFORE_REACH
            or (v.first_token > m.last_token
                and all(w.lower() in PASSIVE_GAP for w in texts[m.last_token + 1 : v.first_token])))
        for v in verbs)]
