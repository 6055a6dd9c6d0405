"""An actor named as the subject of a verb of suffering (قوات النظام تعرضت لهجوم، الحوثيون
الذين تلقوا ضربات، الجيش تكبد خسائر): the acts told after it hit it. Roles reads the verb
before the actor (تعرضت قوات النظام لهجوم, markers.RECEIVE); this is the subject-first order."""

from __future__ import annotations

from marsad.assemble.doc import DocIndex
from marsad.assemble.markers import RECEIVE_VERBS
from marsad.model import Mention
from marsad.text.normalise import normalise_phrase

# What may stand between the subject and its verb: a relative pronoun, قد, كان (normalised).
_BETWEEN = frozenset(map(normalise_phrase, ("الذي", "التي", "الذين", "قد", "كانت", "كان")))
_BETWEEN_MAX = 2


def suffered(a: Mention, idx: DocIndex) -> bool:
    """A verb of suffering follows the actor, past at most two of a relative pronoun, قد and
    كان. The verb is read as written, with no clitic (a RECEIVE_VERBS word, not one of its
    readings): وتكبد opens a clause whose subject may be another."""
    texts = idx.view.tokens.texts
    first = idx.tok(a.span.end - 1) + 1  # (the token after the actor's last)
    for k in range(first, min(len(texts), first + _BETWEEN_MAX + 1)):
        if texts[k] in RECEIVE_VERBS:
            return True
        if texts[k] not in _BETWEEN:
            return False
    return False
