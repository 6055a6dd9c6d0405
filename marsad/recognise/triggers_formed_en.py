"""English: an armed unit said to have been formed or set up ("two commando units have been
formed", "a tribal militia has been set up near Mosul", "new brigades were formed") is a new
armed group or formation, Change to group/activity (CODING §1): a weak cue at the verb, kept
with conflict context as the other troop moves are. Only the passive with the unit named just
before it in its clause: "a committee was formed", "a base was set up" are no such change
(a base set up is read by triggers_bases_en), nor is a task force set up to investigate.
"""

from __future__ import annotations

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_lexicon import Cue
from marsad.text.lexicon import LexiconMatch
from marsad.text.view import TextView

FORMED = Cue("form", "verb", "Strategic developments", "Change to group/activity", "MOBILIZE",
             "troops", "change", "weak", None, ())
_VERBS = frozenset({"formed", "created", "established", "raised", "set"})
_AUXILIARIES = frozenset({"was", "were", "been"})
_UNITS = frozenset("forces force troops units unit militia militias brigade brigades battalion "
                   "battalions regiment regiments division divisions corps army armies squad "
                   "squads militiamen paramilitary paramilitaries".split())
# Words before a unit noun that make it no armed unit (a task force set up to investigate).
_NOT_ARMED = frozenset({"task", "labour", "labor", "work", "police"})
_UNIT_REACH = 6  # words from the unit noun to the auxiliary (militia network of the PMF has been)


def formed_units(candidates: list[Match], view: TextView, scope: Scope) -> list[Match]:
    """The candidates with a change-of-group cue added at each passive formation verb whose
    subject is an armed unit."""
    toks = view.tokens
    texts = toks.texts
    clause_of = scope.clause_of
    covered = {i for m in candidates for i in range(m.first_token, m.last_token + 1)}
    extra: list[Match] = []
    for i in range(1, len(texts)):
        word = texts[i]
        if word not in _VERBS or texts[i - 1] not in _AUXILIARIES or i in covered:
            continue
        if word == "set" and (i + 1 >= len(texts) or texts[i + 1] != "up"):
            continue
        last = i + 1 if word == "set" else i
        aux = i - 1
        clause = clause_of[i]
        if any(texts[k] in _UNITS and clause_of[k] == clause and texts[k - 1] not in _NOT_ARMED
               for k in range(max(1, aux - _UNIT_REACH), aux)):
            extra.append(LexiconMatch(toks.starts[i], toks.ends[last], i, last,
                                      " ".join(texts[i : last + 1]), FORMED, ""))
    return sorted(candidates + extra, key=lambda m: m.first_token) if extra else candidates
