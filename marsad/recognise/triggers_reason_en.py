"""English: an act of violence named as the reason for a diplomatic reprisal ("sanctions over
the chemical attack", "diplomats expelled after a nerve agent attack", "summoned the envoy over
the killing of two fishermen") is the background of that reprisal, an incident reported
before and elsewhere, not an event of this report: its cue is dropped. The reprisal word
(role ``reason``) comes first in the sentence, then a word giving a cause (over, for, after,
in response to), then, in the cue's clause and a few words on, the cue. Expelling, recalling
and summoning are reprisals only when said of diplomats ("militants were expelled from the
town after fierce fighting" keeps its fighting).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import PieceIndex, Scope
from marsad.recognise.triggers_context import Match

# Single words giving a cause, and the word before "to"/"of"/"with" that makes one.
_CAUSE = frozenset({"over", "for", "after", "following"})
_CAUSE_BEFORE = frozenset({"response", "reaction", "retaliation", "because", "connection",
                           "linked", "relation"})
_CAUSE_LAST = frozenset({"to", "of", "with"})
_CAUSE_REACH = 6  # words from the cause word to the cue (in response to the reported attack of last May)
_REPRISAL_REACH = 30  # words from the reprisal word to the cue
# Reprisal words that need a diplomat named near them (in the lexicon row with them).
_SANCTIONS = frozenset({"sanction", "sanctions", "sanctioned", "sanctioning"})
_DIPLOMATS = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys",
                        "embassy", "consul", "attache", "attaché", "charge", "chargé", "d'affaires",
                        "high commissioner", "commissioner"})
_DIPLOMAT_REACH = 8  # words either side of an expelling or summoning word


def background_reasons(candidates: list[Match], reasons: Sequence[Match], texts: Sequence[str],
                       scope: Scope) -> list[Match]:
    """The candidates less the English cues a reprisal gives as its reason."""
    sentence_of, clause_of = scope.sentence_of, scope.clause_of
    reprisals = [r for r in reasons if r.key in _SANCTIONS or _DIPLOMATS.intersection(
        texts[max(0, r.first_token - _DIPLOMAT_REACH) : r.last_token + 1 + _DIPLOMAT_REACH])]
    if not reprisals:
        return candidates
    out: list[Match] = []
    for m in candidates:
        first = m.first_token
        if m.key.isascii() and any(
                sentence_of[r.first_token] == sentence_of[first]
                and 0 < first - r.last_token <= _REPRISAL_REACH
                and _cause_before(first, r.last_token, texts, clause_of[first], clause_of)
                for r in reprisals):
            continue
        out.append(m)
    return out


def _cause_before(first: int, floor: int, texts: Sequence[str], clause: int,
                  clause_of: PieceIndex) -> bool:
    """A cause word a few words before token ``first`` (after ``floor``), in its clause."""
    for j in range(first - 1, max(floor, first - 1 - _CAUSE_REACH), -1):
        if clause_of[j] != clause:
            return False
        word = texts[j]
        if word in _CAUSE or (word in _CAUSE_LAST and texts[j - 1] in _CAUSE_BEFORE):
            return True
    return False
