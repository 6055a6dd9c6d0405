"""A bombing that was foiled: "أحبطت قوات الأمن تفجير سيارة مفخخة"، "أحبطت المقاومة محاولات
لتفجير منزلين".

A blast word names a device that went off, so clearance verbs do not govern it (a car bomb
that exploded was not defused). A foiling verb (أحبط، إحباط) before the act of blowing up
(تفجير, not انفجار "explosion") says the opposite: the bombing was prevented, which ACLED codes
as Disrupted weapons use (CODING §1: an explosion prevented).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_lexicon import Cue
from marsad.text.lexicon import LexiconMatch
from marsad.text.normalise import normalise_phrase

Match = LexiconMatch[Cue]

_FOIL = normalise_phrase("احبط")  # the stem of أحبط، أحبطت، إحباط (as keys are, normalised)
_FOIL_NOUN = normalise_phrase("احباط")
_BLOWING_UP = normalise_phrase("تفجير")
FOIL_REACH = 11  # tokens from the foiling verb to the blast word: its subject, place and day
# may stand between (أحبطت المقاومة في تعز أمس محاولات حوثية لتفجير منزلين)


def foiled(m: Match, clears: Sequence[Match], scope: Scope) -> bool:
    """The blast word is the act of blowing up (تفجير) and a foiling verb or noun of its clause
    stands a few tokens before it: the bombing was prevented."""
    if not m.key.startswith(_BLOWING_UP):
        return False
    clause = scope.clause_of[m.first_token]
    return any(
        c.key.startswith((_FOIL, _FOIL_NOUN))
        and 0 < m.first_token - c.last_token <= FOIL_REACH
        and scope.clause_of[c.first_token] == clause
        for c in clears
    )
