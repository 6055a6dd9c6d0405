"""Whether an act named in a protest's sentence is the grievance the protest is about.

A protest "against the killing of ..." (احتجاجا على مقتل، تنديدا باعتقال، حدادا على، protesting
the death of) names an earlier act as its motive: that act is no force used on the protest, and
the protest is no Excessive force against protesters or Protest with intervention because of
it (CODING §1: the sub-type says what happens AT the demonstration). The act stays an event of
its own, unless it names a violent event told before (``denounced_act``). Only prepositions may
stand between the motive word and the act it governs.
"""

from __future__ import annotations

import regex

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge_compat import actor_ok, date_ok, place_ok, sides_within
from marsad.model import Span
from marsad.text.normalise import normalise_phrase

# Words that make what follows the motive of a demonstration (and the English ones), as
# normalised (احتجاجاً is احتجاجا).
MOTIVE_WORDS = frozenset(normalise_phrase(w) for w in (
    "احتجاجا", "تنديدا", "للتنديد", "استنكارا", "حدادا", "رفضا", "غضبا", "تضامنا",
    "protesting", "denouncing", "condemning", "mourning", "decrying", "against",
))
# The only words that may stand between a motive word and the act it governs: prepositions
# and the pronouns they carry (احتجاجا منهم على مقتل، protesting over the killing). ("against"
# is a motive word itself: protesting against the killing.)
LINK_WORDS = frozenset(normalise_phrase(w) for w in (
    "على", "ضد", "من", "منه", "منها", "منهم", "عليه", "عليها", "عليهم",
    "the", "a", "an", "over", "at", "of",
))
_WINDOW = 3  # words from the motive word to the act (احتجاجا منهم على مقتل)
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def _plain(word: str) -> str:
    w = normalise_phrase(word).lower()
    return w[1:] if w.startswith("و") and w[1:] in MOTIVE_WORDS else w


def is_grievance(act: Span, text: str) -> bool:
    """The act's trigger stands a few words after a motive word of its clause: it is what a
    demonstration denounces, not what happened to it."""
    start = act.start
    while start > 0 and _LETTER.match(text[start - 1]):
        start -= 1  # (the trigger may start after a clitic: تنديدا بمقتل)
    if normalise_phrase(text[start : act.start]).startswith(("و", "ف")):
        return False  # (a conjunction opens a clause of its own: احتجاجا على الفساد وأطلقت)
    before: list[str] = []
    for w in reversed(_WORD.findall(text[max(0, start - 80) : start])):
        if not _WORD_CHAR.match(w):
            break  # (the clause ends at punctuation)
        before.append(w)
        if len(before) == _WINDOW:
            break
    for w in before:
        plain = _plain(w)
        if plain in MOTIVE_WORDS:
            return True
        if plain not in LINK_WORDS:
            return False  # (another word between: the act is not what is denounced)
    return False


# Letters every motive word holds (its stem as written, either alif spelling; English without
# its first letter, which may be a capital), for a cheap per-document test.
_MOTIVE_STEMS = ("احتجاج", "إحتجاج", "تنديد", "استنكار", "إستنكار", "حداد", "رفض", "غضب",
                 "تضامن", "rotest", "enounc", "ondemn", "ourn", "ecry", "gainst")


_MOTIVE_REACH = 40  # characters before a trigger searched for a motive stem


def may_denounce(text: str) -> bool:
    """A cheap pre-check: the document holds a motive word's stem at all."""
    return any(w in text for w in _MOTIVE_STEMS)


def denounced_act(c: Candidate, told: list[Candidate], text: str) -> Candidate | None:
    """The violent event told before that a violent act named as a grievance refers to ("أعلن
    إضراب حدادا على الضحايا واستنكارا لمجزرة الجيش" after the killing of protesters was told):
    the latest earlier one at a compatible place, day and sides, whatever its type (the
    grievance word names it loosely: مجزرة for force used on a protest). None when ``c`` is no
    such act or nothing told before fits."""
    start = c.trigger.span.start
    window = text[max(0, start - _MOTIVE_REACH) : start]
    if not c.violent or c.headline or not any(w in window for w in _MOTIVE_STEMS):
        return None  # (no motive word just before it: most candidates, spared the word walk)
    if not is_grievance(c.trigger.span, text):
        return None
    for o in reversed(told):
        if (o.violent and o.trigger.span.start < start and place_ok(o.location, c.location)
                and date_ok(o, c) and ((actor_ok(o.actor1, c.actor1) and actor_ok(o.actor2, c.actor2))
                                       or sides_within(o, c))):
            return o
    return None
