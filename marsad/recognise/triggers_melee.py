"""A confrontation word (مواجهات، اشتباكات) that civilians or youths are told to have been hurt
in (قتل شاب فلسطيني برصاص الجيش خلال مواجهات، أصيب 25 فلسطينيا في مواجهات مع الجيش), facing
the army or police, with no armed group named in its sentence, is a crowd's confrontation with the
forces: a violent demonstration, not a battle (ACLED: Riots; ``melee_parties.tsv``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.recognise.cues import Scope, read_rows
from marsad.recognise.triggers_context import Match
from marsad.text.normalise import normalise_phrase

# What names the confrontation as where the harm was done, right before it (في مواجهات).
_CAUSE = frozenset(normalise_phrase(w) for w in "في خلال إثر أثناء جراء".split())
_VICTIM_REACH = 12  # words back from the confrontation word to the civilians hurt in it
_CLITICS = ("و", "ف", "ب", "ل")
_BETWEEN = frozenset({"بين"})
_PARTIES_REACH = 6  # words after بين that name the parties


@lru_cache(maxsize=1)
def _parties() -> dict[str, str]:
    return {normalise_phrase(row[0]).removeprefix("ال"): row[1].strip()
            for row in read_rows("marsad.recognise", "melee_parties.tsv")}


def _kind(word: str, parties: dict[str, str]) -> str | None:
    """The word's kind, read as it is or less a conjunction or preposition, then the article."""
    for w in (word, *(word[len(c):] for c in _CLITICS if word.startswith(c))):
        kind = parties.get(w.removeprefix("ال"))
        if kind is not None:
            return kind
    return None


def crowd_melee(m: Match, melees: Sequence[Match], scope: Scope, texts: Sequence[str]) -> bool:
    """``m`` is a confrontation word (one of ``melees``) after a word of cause (or ب), with
    civilians a few words before it and the forces in its sentence, and no armed group there
    (the sentence, not the clause: commas set off the day, قتل شاب، السبت، برصاص…)."""
    first = m.first_token
    if not any(x.first_token == first for x in melees):
        return False
    if not (m.proclitic.endswith("ب") or (first > 0 and texts[first - 1] in _CAUSE)):
        return False
    sentence_of, sentence = scope.sentence_of, scope.sentence_of[first]
    lo, hi = first, first
    while lo > 0 and sentence_of[lo - 1] == sentence:
        lo -= 1
    while hi + 1 < len(texts) and sentence_of[hi + 1] == sentence:
        hi += 1
    parties = _parties()
    kinds = [_kind(texts[k], parties) for k in range(lo, hi + 1)]
    if "armed" in kinds or "force" not in kinds:
        return False
    at = first - lo
    if at + 1 < len(kinds) and texts[first + 1] in _BETWEEN:
        # its parties named after it (اشتباكات بين الجيش وقوات المجلس): civilians hurt before it
        # were caught in their fight unless the crowd is among them
        return "civilian" in kinds[at + 2 : at + 2 + _PARTIES_REACH]
    return "civilian" in kinds[max(0, at - _VICTIM_REACH) : at]
