"""English: a rocket or missile noun governed by a past launch verb is the act itself.

"fired rockets" is a lexicon phrase, but a count or a measure word between the verb and its
object ("fired dozens of rockets", "launched a barrage of missiles", "fired 20 rockets into")
left only the weak noun, which yields to any other cue of its clause ("explosions rocked the
area as militants fired dozens of rockets") and reads as a practice. With the verb before it
the noun is promoted to a strong cue (the shelling it tells outranks a bare blast word; not
when an aircraft launched it: "jets fired missiles" is the air strike its aircraft word tells), and
the assembler reads the verb as a past support verb (``LAUNCHED``: one act, not a pattern).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.numbers import english_words
from marsad.recognise.triggers_context import Match

# Past launch verbs (the present and the infinitive are left out: "threatened to fire rockets").
LAUNCHED = frozenset("fired launched lobbed".split())
# Words that may stand between the verb and its object: articles, counts (the number words),
# measure words.
_BETWEEN = english_words() | frozenset(
    "a an the of some many multiple numerous more than at least over about around nearly almost "
    "up to number barrage barrages volley volleys salvo salvos wave round rounds another further "
    "new".split())
_REACH = 6
# Aircraft as the launcher ("jets fired missiles", "a drone fired two rockets"): an air strike,
# which the aircraft word tells; the weapon is not promoted over it.
_AIRCRAFT = frozenset("jet jets warplane warplanes plane planes aircraft drone drones helicopter "
                      "helicopters gunship gunships bomber bombers fighter fighters".split())
_SUBJECT_REACH = 3
_FAMILY = "shell"


def launched_weapons(candidates: Sequence[Match], texts: Sequence[str]) -> set[int]:
    """The ids of the weak English rocket/missile cues a past launch verb governs, with only
    counts and measure words between them."""
    out: set[int] = set()
    for m in candidates:
        cue = m.value
        if cue.strength != "weak" or cue.family != _FAMILY or not m.key.isascii():
            continue
        for j in range(m.first_token - 1, max(-1, m.first_token - 1 - _REACH), -1):
            word = texts[j]
            if word in LAUNCHED:
                if _AIRCRAFT.isdisjoint(texts[max(0, j - _SUBJECT_REACH) : j]):
                    out.add(id(m))
                break
            if word not in _BETWEEN and not word.replace(",", "").isdigit():
                break
    return out
