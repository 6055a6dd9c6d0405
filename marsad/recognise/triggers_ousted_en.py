"""English: a side driven out of ground with its name between the verb and "out of" ("the army
drove the militants out of three villages", "troops pushed al-Shabab fighters out of the
area") is ground retaken, Government regains territory (the assembler reads the taker's side,
as for "recaptured"), as the adjacent "drove out" of the lexicon is. The lexicon holds no gap,
so these verbs are found here: only with an armed side (a conflict word or an armed actor)
named between the verb and "out" and ground or a place named after "out of"; not when people
are driven from their homes (a flight) or a crowd from a square (a dispersal).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Span
from marsad.recognise.cues import token_index
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_lexicon import Cue
from marsad.text.lexicon import LexiconMatch
from marsad.text.view import TextView

REGAINED = Cue("regain", "verb", "Battles", "Government regains territory", "ASSAULT",
               "firearms", "territory", "strong", "territory", ())
_VERBS = frozenset("drove driven driving pushed pushing forced forcing chased chasing flushed "
                   "flushing kicked routed".split())
_OBJECT_REACH = 6  # words from the verb to "out" (drove the remaining Islamic State fighters out)
_GROUND_REACH = 5  # words from "of" to the ground (out of the surrounding rural areas)
# Who, between the verb and "out", is no armed side: civilians (a flight), a crowd (a dispersal).
_UNARMED = frozenset("people residents civilians families villagers inhabitants thousands "
                     "hundreds protesters demonstrators crowd crowds students workers "
                     "refugees migrants population".split())
_STOPS = frozenset(", . ; : and but which who".split())


def ousted(candidates: list[Match], terrain: Sequence[Match], places: Sequence[Span],
           armed: Sequence[Match], actors: Sequence[Span], view: TextView, blocked: set[int]
           ) -> list[Match]:
    """The candidates with a regain cue added at each verb that drives an armed side out of
    ground (``armed``: the conflict-context words; ``actors``: the armed actors' spans)."""
    texts = view.tokens.texts
    starts = view.token_original_starts
    ground = {t.first_token for t in terrain} | {token_index(starts, p.start) for p in places}
    sides = {t.last_token for t in armed} | {token_index(starts, a.end - 1) for a in actors}
    covered = {i for m in candidates for i in range(m.first_token, m.last_token + 1)}
    extra: list[Match] = []
    n = len(texts)
    for i, word in enumerate(texts):
        if word not in _VERBS or i in covered or i in blocked:
            continue
        for j in range(i + 2, min(n - 1, i + 2 + _OBJECT_REACH)):
            w = texts[j]
            if w in _STOPS or w in _UNARMED:
                break
            if w == "out" and texts[j + 1] in ("of", "from"):
                if any(k in sides for k in range(i + 1, j)) and any(
                        k in ground for k in range(j + 2, min(n, j + 2 + _GROUND_REACH))):
                    tok = view.tokens
                    extra.append(LexiconMatch(tok.starts[i], tok.ends[i], i, i, word,
                                              REGAINED, ""))
                break
    return sorted(candidates + extra, key=lambda m: m.first_token) if extra else candidates
