"""English: ground taken where the other side withdrew, with no fighting told, is a Non-violent
transfer of territory (CODING §1, ACLED: one side leaves, the other moves in), not a battle:
"rebels took control of the town after government forces pulled out". The withdrawal is that
transfer's own part, not a change of activity of its own. A report that tells no fighting at
all (no violent cue but the taking) reads every taking of its ground so, the withdrawal told in
another sentence ("militants took the village on Friday. They moved in after the army pulled
out"): a lead and its body telling one handover. Ground taken in a sentence that says it met no
fight ("troops took control of the towns without any clashes": a transfer phrase of the
lexicon) is one too.
"""

from __future__ import annotations

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_lexicon import VIOLENT, Cue

TRANSFER = Cue("transfer", "verb", "Strategic developments", "Non-violent transfer of territory",
               "COERCE", "seize", "territory", "strong", None, ())


def may_hand_over(candidates: list[Match]) -> bool:
    """A withdrawal or a phrase of no fight among the candidates: ``peaceful_takeovers`` may
    change something."""
    return any(m.value.mode == "withdraw" or m.value.sub_event_type == TRANSFER.sub_event_type
               for m in candidates)


def peaceful_takeovers(kept: list[Match], candidates: list[Match], scope: Scope) -> list[Match]:
    """``kept`` with each territory cue that shares its sentence with a withdrawal among the
    ``candidates`` (a weak one yields to the taking) or a phrase of no fight, and no other
    violent cue, read as a transfer, and that withdrawal dropped. Asked for English documents
    only."""
    sentence_of = scope.sentence_of
    withdrawn = {sentence_of[m.first_token] for m in candidates
                 if m.value.mode == "withdraw"}
    unfought = {sentence_of[m.first_token] for m in candidates
                if m.value.sub_event_type == TRANSFER.sub_event_type}
    if not withdrawn and not unfought:
        return kept
    fought = {sentence_of[m.first_token] for m in kept
              if m.value.event_type in VIOLENT and m.value.family != "territory"}
    taken = {sentence_of[m.first_token] for m in kept
             if m.value.family == "territory" and m.value.event_type == "Battles"}
    # (no fighting told anywhere: every taking and withdrawal is the handover)
    calm = bool(withdrawn) and not fought
    quiet = taken if calm else (taken & (withdrawn | unfought)) - fought
    if not quiet:
        return kept
    out: list[Match] = []
    for m in kept:
        s = sentence_of[m.first_token]
        if (s in quiet or calm) and m.value.mode == "withdraw":
            continue
        if s in quiet and m.value.family == "territory" and m.value.event_type == "Battles":
            m = m._replace(value=TRANSFER)
        out.append(m)
    return out
