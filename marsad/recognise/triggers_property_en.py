"""English: property looted, burned or wrecked with no demonstration told is Looting/property
destruction (CODING §1, ACLED: destruction of property outside other violence), not a riot:
"gunmen torched two patrol cars", "a church was vandalised". With a protest, a riot or a crowd
in its sentence the same verb stays the crowd's riot. A looting word whose clause names the
property (shops, houses, vehicles) tells an act of its own even in a document with no other
conflict word ("several shops have been looted"); a bare one may be a figure of speech.
The bare burning verbs (burned, burnt, torching) say nothing of conflict without property named
in their clause ("burned copies of the bill", "burned to death"), nor beside a fire or blaze
told as a mishap ("a fire burned 20 houses"): there they are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.recognise.cues import Scope, read_phrases
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_lexicon import Cue
from marsad.recognise.triggers_protest import DEMONSTRATION

DESTROYED = Cue("destroy", "verb", "Strategic developments", "Looting/property destruction",
                "ASSAULT", "destroy", "loot", "strong", None, ())
# (bare burning verbs: property named, no mishap in their clause)
_BURNED = frozenset({"burned", "burnt", "burned down", "burnt down", "burning down", "burn down",
                     "torching"})
_BURNING = frozenset({"torched", "set fire to", "set on fire", "set ablaze", "set alight"}) | _BURNED
_WRECKING = frozenset({"vandalised", "vandalized"})
_AFTER = 6  # words from the verb to its object (torched two of the officers' patrol cars)
_BEFORE = 6  # words from a passive's subject to its verb (the offices in X were looted)


@lru_cache(maxsize=1)
def _property() -> frozenset[str]:
    return frozenset(read_phrases("marsad.recognise", "property_en.txt"))


def property_acts(candidates: list[Match], crowd: Sequence[Match], mishaps: Sequence[Match],
                  texts: Sequence[str], scope: Scope) -> tuple[list[Match], set[int]]:
    """The candidates with each English burning or wrecking verb of no demonstration re-read
    as property destruction (a bare burning verb with no property or beside a mishap
    dropped), and the ids of the looting cues whose clause names property."""
    sentence_of, clause_of = scope.sentence_of, scope.clause_of
    mishap_clauses = {clause_of[m.first_token] for m in mishaps}
    crowded = sentence_of.of_all(m.first_token for m in crowd)
    crowded |= {sentence_of[m.first_token] for m in candidates
                if m.value.family in DEMONSTRATION and m.key not in _BURNING
                and m.key not in _WRECKING}
    out: list[Match] = []
    named: set[int] = set()
    for m in candidates:
        key = m.key
        owned: bool | None = None  # (whether its clause names property: read once)
        if key in _BURNED and m.value.family == "riot":
            owned = _names_property(m, texts, scope)
            if clause_of[m.first_token] in mishap_clauses or not owned:
                continue
        if m.value.family == "riot" and (key in _BURNING or key in _WRECKING) and (
                sentence_of[m.first_token] not in crowded) and (
                key in _WRECKING or (owned if owned is not None
                                     else _names_property(m, texts, scope))):
            m = m._replace(value=DESTROYED)
        if m.value.family == "loot" and key.isascii() and _names_property(m, texts, scope):
            named.add(id(m))
        out.append(m)
    return out, named


def _names_property(m: Match, texts: Sequence[str], scope: Scope) -> bool:
    """A property noun in the cue ("looted shops"), a few words after it, or before it (a
    passive's subject), in its clause."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    nouns = _property()
    lo = max(0, m.first_token - _BEFORE)
    hi = min(len(texts), m.last_token + 1 + _AFTER)
    return any(texts[k] in nouns and clause_of[k] == clause for k in range(lo, hi))
