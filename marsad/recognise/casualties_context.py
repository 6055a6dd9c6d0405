"""What the tokens around a casualty cue say (the casualty recogniser's context tests), and
the values it reads: where a mention may start, a war's tally, a natural death, killed and
wounded lumped in one figure, a victim named by a kunya.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.text.lexicon import LexiconMatch


@dataclass(frozen=True, slots=True)
class CasualtyCue:
    outcome: str | None
    kind: str
    min: int | None
    max: int | None
    key: str
    indefinite: bool = False  # a nisba: a person only without the article (قتل فلسطيني)


@dataclass(frozen=True, slots=True)
class Count:
    """A count found at some tokens: its range and the last token it covers."""

    min: int | None
    max: int | None
    last: int
    vague: bool = False
    approximate: bool = False
    outcome: str | None = None  # a casualty noun's own outcome (سقوط جرحى: wounded)


_LEADS = frozenset({"skip", "more", "about"})
# What a count may open with, after leads: a number word, a vague quantity, a dual, a lead.
_COUNT_OPENERS = _LEADS | {"number", "vague", "dual"}
_PERSONS = frozenset({"noun", "single", "plural"})


def _openings(
    at: dict[int, LexiconMatch[CasualtyCue]], quantities: dict[int, Count], texts: Sequence[str]
) -> list[int]:
    """The tokens where a mention may start, ascending: cues and quantities, bare digits only
    right before a person noun (3 قتلى، 5 من المدنيين: what a count alone needs to become a
    mention), skip and bound words only before a possible count. Per cue, not per token."""
    out = set(quantities)
    for i, m in at.items():
        kind = m.value.kind
        if kind in _LEADS:
            k = m.last_token + 1
            if k in quantities or (k in at and at[k].value.kind in _COUNT_OPENERS) or (
                    k < len(texts) and _digits_first(texts[k])):
                out.add(i)
            continue
        out.add(i)
        if kind in _PERSONS:
            for d in (i - 1, i - 2):
                if d >= 0 and _digits_first(texts[d]):
                    out.add(d)
    return sorted(out)


_RELATIVES = frozenset({"التي", "الذي", "اللذين", "التى"})


def _war_toll(head: int, at: dict[int, LexiconMatch[CasualtyCue]], texts: Sequence[str]) -> bool:
    """A toll said of a war ("الحرب التي قتل فيها…"، "الصراع الذي أودى بحياة…") is the war's
    tally, no incident's figure (CODING §5; the brief's "toll of a general war")."""
    if head < 2 or texts[head - 1] not in _RELATIVES:
        return False
    return any((m := at.get(k)) is not None and m.value.kind == "war" and m.last_token == head - 2
               for k in (head - 2, head - 3))


def _natural(last: int, at: dict[int, LexiconMatch[CasualtyCue]]) -> bool:
    """A non-violent cause right after a figure ("قضوا جوعا"، "توفوا بسبب نقص الدواء"): deaths
    of hunger, disease, cold or drowning are no casualties of a conflict event (CODING §5)."""
    return any((m := at.get(k)) is not None and m.value.kind == "natural"
               for k in (last + 1, last + 2))


def _and_wounded(
    noun: LexiconMatch[CasualtyCue] | None, last: int, at: dict[int, LexiconMatch[CasualtyCue]]
) -> int | None:
    """The last token of a wounded noun joined by و to the killed noun ending a figure
    ("30 قتيلا وجريحا"): the figure counts both, so it is no death toll."""
    if noun is None or noun.value.kind != "noun" or noun.value.outcome != "killed":
        return None
    other = at.get(last + 1)
    if other is None or other.value.kind not in ("noun", "dual") or (
            other.value.outcome != "wounded" or not other.proclitic.startswith("و")
            or "ال" in other.proclitic):  # "33 قتيلا والجرحى 40": a figure of its own
        return None
    return other.last_token


# Killing nouns whose genitive is the victim (a verb's next word may be its subject, the killer:
# "قتل أبو يعقوب 13 شخصا").
_NAMING_HEADS = frozenset({"مقتل", "مصرع", "استشهاد"})
# A kunya or nasab word: a named person ("أبو محمد"، "موسى أبو داود"، "علي بن أحمد").
_KUNYA = frozenset({"ابو", "ابي", "ابا", "بن"})
# Words that may stand between a killed head and a place or time, never a first name.
_NOT_NAMES = frozenset({"في", "علي", "من", "عن", "الي", "قرب", "بين", "خلال", "منذ", "اثر", "بعد",
                        "قبل", "عند", "داخل", "خارج", "جنوب", "شمال", "شرق", "غرب", "وسط"})


def _kunya(k: int, at: dict[int, LexiconMatch[CasualtyCue]], texts: Sequence[str]) -> int | None:
    """A killed head's victim named by a kunya or nasab, right after it or after one first
    name ("مقتل أبو محمد العدناني"، "مقتل موسى أبو داود"): the kunya's next token (the name)."""
    for j in (k, k + 1):
        if j + 1 >= len(texts) or texts[j] not in _KUNYA:
            continue
        if j == k + 1 and (texts[k] in _NOT_NAMES or k in at or _digits_first(texts[k])
                           or texts[k].startswith("ال")):
            return None
        return j + 1
    return None


def _digits_first(text: str) -> bool:
    """``_DIGITS`` matches the start of a (non-empty) token: an ASCII digit, maybe after و/ف."""
    c = text[0]
    return "0" <= c <= "9" or (c in "وف" and "0" <= text[1:2] <= "9")


# The possessive on مصرع/حتف agrees with the dead: "لقي مصرعه" is one, "لقيا مصرعهما" two.
_OWN_DEATH = {"مصرعه": 1, "حتفه": 1, "مصرعها": 1, "حتفها": 1, "مصرعهما": 2, "حتفهما": 2}
_MET = frozenset({"لقي", "لقيت", "لقيا"})


def _own_death(head: LexiconMatch[CasualtyCue], texts: Sequence[str]) -> Count | None:
    """The dead counted by the pronoun of their own death, when no figure is given: the head
    ends in it ("القائد ... لقي مصرعه") or it follows the head's subject ("لقي متظاهر مصرعه")."""
    if head.value.key.split(" ", 1)[0] not in _MET:
        return None  # (a bare "مصرعه" may name a death counted elsewhere in its sentence)
    last = head.last_token
    n = _OWN_DEATH.get(texts[last])
    if n is None and head.value.key in _MET and last + 2 < len(texts):
        last += 2
        n = _OWN_DEATH.get(texts[last])
    return None if n is None else Count(n, n, last)
