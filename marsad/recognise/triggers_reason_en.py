"""English: an act named as the reason for a reprisal is the background of that reprisal, an
incident reported before and elsewhere, not an event of this report: its cue is dropped.
Reprisals (role ``reason``): sanctions ("sanctions over the chemical attack"); diplomats
expelled, recalled or summoned ("diplomats expelled after a nerve agent attack"; the verb
counts only with a diplomat named near it: "militants were expelled from the town after fierce
fighting" keeps its fighting); a sentence or trial ("jailed for ten years over the killing of a
journalist"); an arrest, only for a part taken in the act ("arrested for organising an illegal
protest"; "arrested for blocking the highway" keeps the blockade). The reprisal word comes
first in the sentence, then a word giving a cause (over, for, after, in response to, convicted
of), then, in the cue's clause and a few words on, the cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import PieceIndex, Scope
from marsad.recognise.triggers_context import Match

# Single words giving a cause, and the word before "to"/"of"/"with" that makes one.
_CAUSE = frozenset({"over", "for", "after", "following"})
_CAUSE_BEFORE = frozenset({"response", "reaction", "retaliation", "because", "connection",
                           "linked", "relation", "related", "convicted", "guilty", "acquitted"})
_CAUSE_LAST = frozenset({"to", "of", "with"})
_CAUSE_REACH = 6  # words from the cause word to the cue (in response to the reported attack of last May)
_REPRISAL_REACH = 30  # words from the reprisal word to the cue
# Reprisal words that need nothing more (sanctions, sentences, trials).
_PLAIN = frozenset({"sanction", "sanctions", "sanctioned", "sanctioning", "sentenced", "jailed",
                    "convicted", "indicted", "prosecuted", "acquitted", "imprisoned", "trial"})
# Arrest words: a reprisal only for a part taken in the act, named right after the cause word.
_ARRESTS = frozenset({"arrested", "detained", "arrest", "arrests", "detention", "detaining",
                      "arresting"})
_PARTS = frozenset({"organising", "organizing", "organised", "organized", "participating",
                    "taking", "took", "joining", "joined", "leading", "led", "inciting",
                    "incited", "staging", "staged", "holding", "held", "calling", "planning",
                    "planned", "instigating", "their", "his", "her", "alleged", "allegedly",
                    "involvement", "role"})
# The rest (expel, recall, summon) need a diplomat named near them.
_DIPLOMATS = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys",
                        "embassy", "consul", "attache", "attaché", "chargé", "d'affaires",
                        "commissioner"})
_DIPLOMAT_REACH = 8  # words either side of an expelling or summoning word


def background_reasons(candidates: list[Match], reasons: Sequence[Match], texts: Sequence[str],
                       scope: Scope) -> list[Match]:
    """The candidates less the English cues a reprisal gives as its reason."""
    sentence_of, clause_of = scope.sentence_of, scope.clause_of
    reprisals = [r for r in reasons if r.key in _PLAIN or r.key in _ARRESTS
                 or _DIPLOMATS.intersection(texts[max(0, r.first_token - _DIPLOMAT_REACH)
                                                  : r.last_token + 1 + _DIPLOMAT_REACH])]
    if not reprisals:
        return candidates
    out: list[Match] = []
    for m in candidates:
        first = m.first_token
        if m.key.isascii() and any(
                r.first_token != first and sentence_of[r.first_token] == sentence_of[first]
                and 0 < first - r.last_token <= _REPRISAL_REACH
                and _cause_before(first, r.last_token, texts, clause_of[first], clause_of,
                                  r.key in _ARRESTS)
                for r in reprisals):
            continue
        out.append(m)
    return out


def _cause_before(first: int, floor: int, texts: Sequence[str], clause: int,
                  clause_of: PieceIndex, part: bool) -> bool:
    """A cause word a few words before token ``first`` (after ``floor``), in its clause; with
    ``part``, followed by a word naming a part taken in the act (for organising)."""
    for j in range(first - 1, max(floor, first - 1 - _CAUSE_REACH), -1):
        if clause_of[j] != clause:
            return False
        word = texts[j]
        if word in _CAUSE or (word in _CAUSE_LAST and texts[j - 1] in _CAUSE_BEFORE):
            return not part or texts[j + 1] in _PARTS
    return False
