"""English: a sentence about a game or a film tells no conflict event, whatever its words ("the
striker fired a rocket into the top corner", "the batsmen were massacred by the bowlers", "the
hero is shot dead in the final scene"): its cues are dropped. The game and screen words (role
``sport``) are ones with no sense in war reporting (wicket, midfielder, penalty shootout). A
sentence that also names an armed party ("militants attacked a bus carrying cricketers") keeps
its cues.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import Match


def off_the_field(candidates: list[Match], sport: Sequence[Match], armed: Sequence[Match],
                  scope: Scope) -> list[Match]:
    """The candidates less the English cues in a sentence naming a game or a film and no armed
    party (``armed``: the conflict-context words)."""
    sentence_of = scope.sentence_of
    played = ({sentence_of[s.first_token] for s in sport}
              - {sentence_of[a.first_token] for a in armed})
    return [m for m in candidates
            if not (m.key.isascii() and sentence_of[m.first_token] in played)]
