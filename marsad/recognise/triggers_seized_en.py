"""English: weapons counted and seized ("officers seized nine pistols", "234 rifles and 17,000
bullets were recovered", "a cache of firearms was found") are a seizure of arms, Disrupted
weapons use (CODING §1), told by their own words: the weak weapon noun is promoted to an act
of its own, as a looting word naming its property is, and stands in a report with no other
conflict word. A bare weapon noun ("the guns were found near the body") stays weak; so does
one in a sentence naming ordinary crime (drugs seized with two pistols).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import Scope
from marsad.recognise.numbers import english_words
from marsad.recognise.triggers_context import Match

_FAMILY = "disrupt"
# Words before the weapon noun that count or measure it ("a total of 206 automatic weapons").
_MEASURE = frozenset({"cache", "caches", "stash", "stashes", "haul", "consignment", "quantity",
                      "quantities", "stockpile", "stockpiles", "arsenal", "depot", "dump"})
_COUNT_REACH = 5  # words from the count to the noun (12 locally made single-barrel guns)
_VERB_AFTER = 8  # words from a passive's weapon noun to its clearance verb
_VERB_BEFORE = 8  # words from an active clearance verb to its weapon noun


def counted_seizures(candidates: Sequence[Match], clears: Sequence[Match], crime: Sequence[Match],
                     texts: Sequence[str], scope: Scope) -> set[int]:
    """The ids of the weak English weapon nouns with a count or a cache word before them and a
    clearance verb governing them in their clause, in a sentence naming no ordinary crime."""
    clause_of, sentence_of = scope.clause_of, scope.sentence_of
    crime_sents = {sentence_of[c.first_token] for c in crime}
    counts = english_words()
    out: set[int] = set()
    for m in candidates:
        cue = m.value
        if cue.family != _FAMILY or cue.strength != "weak" or not m.key.isascii():
            continue
        first, last = m.first_token, m.last_token
        if sentence_of[first] in crime_sents:
            continue
        clause = clause_of[first]
        before = texts[max(0, first - _COUNT_REACH) : first]
        if not any(w in counts or w in _MEASURE or w.replace(",", "").isdigit() for w in before):
            continue
        if any(clause_of[c.first_token] == clause and (
                0 < c.first_token - last <= _VERB_AFTER or 0 < first - c.last_token <= _VERB_BEFORE)
                for c in clears):
            out.add(id(m))
    return out
