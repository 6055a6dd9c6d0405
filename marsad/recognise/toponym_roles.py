"""What the words next to a name say about the role it plays in the sentence.

A capital named for its government, not as a scene (metonymy): "حكومة أنقرة", "دعت بغداد",
"أنقرة تتعاون", "Washington said". Such a mention is still a place mention, marked
``"government": true`` in its value, so no event is placed there (marsad.assemble.arguments).
A direction from a reference point right after another place ("مدينة سبها جنوب طرابلس"، "التي
تقع شمال شرقي القاهرة"، "Sabha, south of Tripoli") only locates that place: marked
``"locates": true``, it is no scene either.
A place where someone spoke ("قال في مؤتمر صحفي عقده في أنقرة"، "told a news conference in
Ankara") or where a meeting was held ("قمة عقدت في طهران") is marked ``"spoken": true``: where
a statement was made or talks were held, not where the acts they speak of happened.
A country name before an adjective of a wider region, or after بلاد ("المغرب العربي"، "بلاد
المغرب الإسلامي"), names the region, not the country: no place mention.
A country name that is also a common word (مالي "financial") is the country right after a
preposition or a hashtag.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.recognise.cues import word_kinds
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens
from marsad.text.substrings import AnyOf

# Conjunctions written on the verb: ودعت، فقالت.
_CONJUNCTIONS = ("و", "ف")
# Words before the capital that make it a place, not a subject: في أنقرة قالت ...
_PREPOSITIONS = frozenset(normalise_phrase(w) for w in ("في", "من", "إلى", "الى", "على", "عن",
                                                         "قرب", "in", "from", "to", "near", "at"))

# Words right before a country name on the stoplist that make it the country (في مالي، #مالي).
_COUNTRY_BEFORE = frozenset(normalise_phrase(w) for w in (
    "في", "من", "إلى", "الى", "وفي", "ومن", "وإلى", "#"))
_FROM, _SIDE = normalise_phrase("من"), normalise_phrase("جهة")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_kinds("marsad.recognise", "toponym_roles.tsv")


def _is(word: str, kind: str) -> bool:
    words = _words()[kind]
    if word in words:
        return True
    return word[:1] in _CONJUNCTIONS and word[1:] in words


def _word(toks: Tokens, k: int) -> str | None:
    """Token ``k`` when it is a word (not punctuation), else None."""
    if 0 <= k < len(toks):
        w = toks.texts[k]
        if w[:1].isalpha():
            return w
    return None


def for_government(toks: Tokens, first: int, last: int, english: bool) -> bool:
    """The name at tokens ``first``..``last`` stands for its government: after a ruler noun
    (حكومة، سلطات) or a verb of speech or decision, before such a verb and not after a
    preposition, or a party "X من جهة". English: before a speech verb ("Ankara said", "Washington has")."""
    before, after = _word(toks, first - 1), _word(toks, last + 1)
    if english:
        return (after is not None and after.lower() in _words()["verb_en"]
                and (before is None or before.lower() not in _PREPOSITIONS))
    if before is not None and (_is(before, "ruler") or _is(before, "verb")):
        return True
    then = _word(toks, last + 3)
    if after == _FROM and _word(toks, last + 2) == _SIDE and (then is None or then[0] == "و"):
        return True  # "بين أنقرة من جهة و…": a party, not "صنعاء من جهة الجنوب"
    return after is not None and _is(after, "verb") and (
        before is None or (before not in _PREPOSITIONS and before[1:] not in _PREPOSITIONS))


def names_region(toks: Tokens, first: int, last: int) -> bool:
    """The country name at tokens ``first``..``last`` names a wider region after it: "بلاد
    المغرب"، "المغرب العربي"، "القاعدة في المغرب الإسلامي" (the Maghreb, not Morocco). Tokens
    and the data file's words (``word_kinds``) are both normalised: they compare as they are."""
    before, after = _word(toks, first - 1), _word(toks, last + 1)
    return ((after is not None and after in _words()["region_after"])
            or (before is not None and _is(before, "region_before")))


def after_preposition(toks: Tokens, i: int, proclitic: str) -> bool:
    """Token ``i`` follows a preposition (في مالي، بمالي) or a hashtag (#مالي): an adjective
    (مالي "financial") never stands right after one, so a country name there is the country."""
    if proclitic.endswith(("ب", "ل")) and "ال" not in proclitic:  # not التركية
        return True
    return i > 0 and toks.texts[i - 1] in _COUNTRY_BEFORE


_DIRECTION_EN = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$", re.IGNORECASE)
_LIES = re.compile(r"(?:(?:التي|الذي|التى)\s+(?:تقع|يقع)|الواقعه?|(?:which|that)\s+(?:is|lies)"
                   r"|located|situated)\s*$")
_RIGHT_AFTER = re.compile(r"[\s،,]*")


def locates(text: str, prev_end: int, start: int, direction: bool) -> bool:
    """The place starting at ``start`` in ``text`` (the normalised text; ``direction``: an
    Arabic direction word opens it) is a direction from a reference point that only says where
    the place ending at ``prev_end`` lies, or follows "التي تقع"/"located"."""
    head = start
    if not direction:
        m = _DIRECTION_EN.search(text, max(0, start - 30), start)
        if m is None:
            return False
        head = m.start()
    if _LIES.search(text, max(0, head - 25), head):
        return True
    return 0 <= prev_end <= head and _RIGHT_AFTER.fullmatch(text, prev_end, head) is not None


# What names a statement right before "في X": a press conference, remarks, an interview, a speech;
# up to four words may follow it ("مؤتمر صحفي عقده اليوم في"، "بثه التلفزيون في").
_STATEMENT = "|".join(sorted({normalise_phrase(w) for w in (
    "مؤتمر صحفي", "مؤتمر صحافي", "مؤتمرا صحفيا", "مؤتمرا صحافيا", "المؤتمر الصحفي",
    "المؤتمر الصحافي", "تصريح", "تصريحات", "تصريحات صحفية", "مقابلة", "خطاب", "كلمة ألقاها",
    "أمام الصحافيين", "أمام الصحفيين", "للصحافيين", "للصحفيين")},
    key=len, reverse=True))
# A meeting held somewhere (قمة عقدت في طهران، الاجتماع الذي انعقد في جنيف، محادثات تعقد في
# أستانا): where talks were held, not where the acts they discuss happened. The bare عقد (also
# "a decade", "a contract") counts only after a meeting noun.
_HELD = "|".join(sorted({normalise_phrase(w) for w in (
    "عقدت", "انعقد", "انعقدت", "المنعقد", "المنعقدة", "تعقد", "يعقد", "ستعقد", "سيعقد", "تنعقد",
    "ينعقد", "عقدها", "عقدوها", "عقدوه", "عقدتها", "المقرر عقدها", "المقرر عقده")},
    key=len, reverse=True))
_MEETING = "|".join(sorted({normalise_phrase(w) for w in (
    "قمة", "القمة", "قمته", "اجتماع", "الاجتماع", "اجتماعا", "اجتماعات", "الاجتماعات", "مؤتمر",
    "المؤتمر", "مؤتمرا", "محادثات", "المحادثات", "مفاوضات", "المفاوضات", "مباحثات", "المباحثات",
    "لقاء", "اللقاء", "لقاءات", "جلسة", "الجلسة", "جولة", "الجولة")}, key=len, reverse=True))
_WORD_RE = r"[^\s.،,:؛!?؟«»\"]+"
_SPOKEN = re.compile(
    rf"(?:^|\s)(?:{_STATEMENT})(?:\s+{_WORD_RE}){{0,4}}?(?:\s+(?:في|من)\s+|\s+ب)$"
    rf"|(?:^|\s)(?:(?:{_MEETING})(?:\s+{_WORD_RE}){{0,3}}?\s+(?:الذي\s+|التي\s+)?[وف]?عقد|[وف]?(?:{_HELD}))"
    rf"(?:\s+{_WORD_RE}){{0,2}}?(?:\s+في\s+|\s+ب)$"
    r"|\b(?:news|press)\s+conference\s+in\s+$|\b(?:said|told\s+reporters)\s+in\s+$")
# What the text before a place ends with, less its trailing spaces, when _SPOKEN is found there.
_SPOKEN_ENDS = ("في", "من", "ب", "in")


# Any word a statement or meeting place needs, anywhere in a text: one search per document
# spares the per-place look-behind in documents with none.
_MAY_SPEAK = AnyOf([*_STATEMENT.split("|"), "conference", "said", "told", "عقد"])


def may_speak(text: str) -> bool:
    """Whether ``text`` (normalised) holds a word ``spoken_at`` needs at all."""
    return _MAY_SPEAK.search(text)


def spoken_at(text: str, start: int) -> bool:
    """The place starting at ``start`` in ``text`` (normalised) is where a statement was made:
    "قال في مؤتمر صحفي في أنقرة"، "told a news conference in Ankara"."""
    head = max(0, start - 70)
    window = text[head:start]
    # Cheap tests first: every match of _SPOKEN ends so (but for spaces) and holds a word of
    # _MAY_SPEAK.
    if not window.rstrip().endswith(_SPOKEN_ENDS) or not _MAY_SPEAK.search(window):
        return False
    return _SPOKEN.search(text, head, start) is not None
