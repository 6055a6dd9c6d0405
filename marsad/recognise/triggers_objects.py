"""English cue verbs whose object decides whether they report an act of war.

- Seize, capture, take over: a change of territory only when what was taken is ground: a place
  named as their object ("captured Palmyra", "seized back the city", "took over the town of
  X") or a place before them as a passive's subject ("the village was captured", "the hill
  posts seized from"). Goods, documents, aid and people taken are no territory ("seized
  counterfeit cosmetics", "captured two soldiers"); weapons taken are a seizure of arms, read
  by the arms rule (Disrupted weapons use). A place after a preposition ("seized drugs in
  Lahore") says where, not what.
- Attack, target, assault: no armed act when aimed at something with no body ("attacked the
  campaign website", "attacked the ministry's decision") or made by hackers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from marsad.model import Span
from marsad.recognise.cues import Scope, token_index
from marsad.recognise.triggers_context import Match, seized_arms
from marsad.text.view import TextView

TERRAIN_AFTER = 10  # "captured on Monday the strategic port of X": the object a few words on
ABSTRACT_AFTER = 6  # "attacked the ministry's official website"
ABSTRACT_BEFORE = 3  # "hackers attacked"
# Words that may stand between a passive's subject and its verb ("was reportedly captured";
# also read by triggers_bases_en: "points were newly set up").
PASSIVE_GAP = frozenset(
    "was were is are been be being has have had reportedly later briefly newly recently also "
    "then now all partially fully completely re -".split())  # (re-captured: re, -, captured)
# A place after one of these says where the act was, not what was taken.
_PREPOSITIONS = frozenset(
    "in at near from during inside outside around across after before with for to on by into "
    "while as amid under over since following through along against towards toward off "
    "between within".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def seizes_territory(m: Match) -> bool:
    """An English seizure verb that may or may not name a change of territory."""
    cue = m.value
    return cue.family == "territory" and cue.strength == "weak" and m.key.isascii()


def grounded_seizures(
    candidates: list[Match], terrain: Sequence[Match], arms: Sequence[Match],
    places: Sequence[Span], view: TextView, scope: Scope,
) -> list[Match]:
    """The candidates less the English seizures whose object is not ground (nor weapons)."""
    texts = view.tokens.texts
    starts = view.token_original_starts
    ground = sorted({t.first_token for t in terrain} | {token_index(starts, p.start) for p in places})
    return [m for m in candidates if not seizes_territory(m) or seized_arms(m, arms, scope)
            or _ground_after(m, ground, texts, scope) or _ground_before(m, ground, texts)]


def _ground_after(m: Match, ground: list[int], texts: Sequence[str], scope: Scope) -> bool:
    """Ground named a few words after the verb in its clause, before any preposition but 'of'
    ("the town of X") and 'on' with a day ("captured on Monday the port of X")."""
    last = m.last_token
    k = bisect_left(ground, last + 1)
    if k == len(ground):
        return False
    i = ground[k]
    if i - last > TERRAIN_AFTER or scope.clause_of[i] != scope.clause_of[m.first_token]:
        return False
    between = [w.lower() for w in texts[last + 1 : i]]
    return not any(w in _PREPOSITIONS and not (w == "on" and j + 1 < len(between)
                                                and between[j + 1] in _DAYS)
                   for j, w in enumerate(between))


def _ground_before(m: Match, tokens: list[int], texts: Sequence[str]) -> bool:
    """Ground as a passive's subject: right before the verb, or with only auxiliaries and
    adverbs between ("the town was captured", "Sirte was seized by")."""
    first = m.first_token
    k = bisect_left(tokens, first) - 1
    return k >= 0 and first - tokens[k] <= 4 and all(
        w.lower() in PASSIVE_GAP for w in texts[tokens[k] + 1 : first])


def bodiless_attacks(candidates: list[Match], abstract: Sequence[Match], scope: Scope
                     ) -> list[Match]:
    """The candidates less the English attack words aimed at what has no body (a website, a
    decision) or made by hackers: an ``abstract`` role hit just after the word in its clause,
    or just before it."""
    out: list[Match] = []
    for m in candidates:
        if m.value.lemma == "attack" and m.key.isascii() and any(
                scope.clause_of[a.first_token] == scope.clause_of[m.first_token]
                and (0 < a.first_token - m.last_token <= ABSTRACT_AFTER
                     or 0 < m.first_token - a.last_token <= ABSTRACT_BEFORE)
                for a in abstract):
            continue
        out.append(m)
    return out
