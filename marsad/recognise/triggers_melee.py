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
from marsad.text.lexicon_scan import NOUN_PREFIXES, with_proclitics
from marsad.text.normalise import normalise_phrase

# What names the confrontation as where the harm was done, right before it (في مواجهات).
_CAUSE = frozenset(normalise_phrase(w) for w in "في خلال إثر أثناء جراء".split())
_VICTIM_REACH = 12  # words back from the confrontation word to the civilians hurt in it
_BETWEEN = frozenset({"بين"})
_PARTIES_REACH = 6  # words after بين that name the parties


@lru_cache(maxsize=1)
def _parties() -> dict[str, str]:
    """Each party word as a token, with its proclitics (وبالجيش، للشرطة: NOUN_PREFIXES) -> its
    kind."""
    kinds: dict[str, str] = {}
    for row in read_rows("marsad.recognise", "melee_parties.tsv"):
        word = normalise_phrase(row[0]).removeprefix("ال")
        kinds.update(dict.fromkeys(with_proclitics((word,), NOUN_PREFIXES), row[1].strip()))
    return kinds


def crowd_melee(m: Match, melees: Sequence[Match], scope: Scope, texts: Sequence[str]) -> bool:
    """``m`` is a confrontation word (one of ``melees``) after a word of cause (or ب), with
    civilians a few words before it and the forces in its sentence, and no armed group there
    (the sentence, not the clause: commas set off the day, قتل شاب، السبت، برصاص…)."""
    first = m.first_token
    if not any(x.first_token == first for x in melees):
        return False
    if not (m.proclitic.endswith("ب") or (first > 0 and texts[first - 1] in _CAUSE)):
        return False
    tokens = scope.sentence_of.tokens(scope.sentence_of[first])
    lo = tokens.start
    kinds = list(map(_parties().get, texts[lo : tokens.stop]))
    if "armed" in kinds or "force" not in kinds:
        return False
    at = first - lo
    if at + 1 < len(kinds) and texts[first + 1] in _BETWEEN:
        # its parties named after it (اشتباكات بين الجيش وقوات المجلس): civilians hurt before it
        # were caught in their fight unless the crowd is among them
        return "civilian" in kinds[at + 2 : at + 2 + _PARTIES_REACH]
    return "civilian" in kinds[max(0, at - _VICTIM_REACH) : at]
