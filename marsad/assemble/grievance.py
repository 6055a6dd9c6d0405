"""Whether an act named in a protest's sentence is the grievance the protest is about.

A protest "against the killing of ..." (احتجاجا على مقتل، تنديدا باعتقال، حدادا على، protesting
the death of) names an earlier act as its motive: that act is no force used on the protest, and
the protest is no Excessive force against protesters or Protest with intervention because of
it (CODING §1: the sub-type says what happens AT the demonstration). The act stays an event of
its own, unless it names a violent event told before (``denounced_act``). Only prepositions may
stand between the motive word and the act it governs.
"""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.assemble.merge_compat import date_ok, place_ok, sides_ok
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


def _plain(word: str) -> str:
    return word[1:] if word.startswith("و") and word[1:] in MOTIVE_WORDS else word


def is_grievance(act: Span, idx: DocIndex) -> bool:
    """The act's trigger stands a few words after a motive word of its clause: it is what a
    demonstration denounces, not what happened to it."""
    if normalise_phrase(idx.lead_in(act.start)).startswith(("و", "ف")):
        return False  # (a conjunction opens a clause of its own: احتجاجا على الفساد وأطلقت)
    texts = idx.view.tokens.texts  # (normalised: احتجاجاً is احتجاجا, Protesting is protesting)
    k = idx.tok(act.start)  # (the trigger may start after a clitic: تنديدا بمقتل)
    for word in reversed(texts[max(0, k - _WINDOW) : k]):
        if not word[:1].isalnum():
            return False  # (the clause ends at punctuation)
        plain = _plain(word)
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


def denounced_act(c: Candidate, told: list[Candidate], idx: DocIndex) -> Candidate | None:
    """The violent event told before that a violent act named as a grievance refers to ("أعلن
    إضراب حدادا على الضحايا واستنكارا لمجزرة الجيش" after the killing of protesters was told):
    the latest earlier one at a compatible place, day and sides, whatever its type (the
    grievance word names it loosely: مجزرة for force used on a protest). None when ``c`` is no
    such act or nothing told before fits."""
    start = c.trigger.span.start
    window = idx.view.original[max(0, start - _MOTIVE_REACH) : start]
    if not c.violent or c.headline or not any(w in window for w in _MOTIVE_STEMS):
        return None  # (no motive word just before it: most candidates, spared the word walk)
    if not is_grievance(c.trigger.span, idx):
        return None
    for o in reversed(told):
        if (o.violent and o.trigger.span.start < start and place_ok(o.location, c.location)
                and date_ok(o, c) and sides_ok(o, c)):
            return o
    return None
