"""Nouns around a name that make it no place: a vessel's noun before it (``names_vessel``), a
military position's noun before a district's name (``names_position``), and
a place name that is also a noun heading a construct phrase after ب: "بحجة أن"، "بحجة مكافحة
الإرهاب" (under the pretext of), not "بحجة" (in Hajjah); or one that is ب + such a noun written
as one word before a definite genitive: "بعقوبة الإعدام" (with the death penalty), not Baqubah. The place reading is kept when nothing
follows, or a conjunction, a direction, a preposition or a time word does ("بحجة، شمال غرب
اليمن"، "بحجة والحديدة"، "بحجة شمال غرب البلاد"، "بحجة في غارة"); any other word after it is the
noun's complement (أن، أنه، مكافحة، دعم، عدم، انتمائهم …) and the name no place mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.recognise.cues import read_phrases
from marsad.text.lexicon_scan import NOUN_PREFIXES, with_proclitics
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens

# Words after the name that keep it a place (normalised).
_PLACE_AFTER = frozenset(normalise_phrase(w) for w in (
    "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي شمالا جنوبا شرقا غربا "
    "في من على إلى الى عن مع ضد بعد قبل منذ خلال حيث اليوم أمس امس مساء صباح فجر ليلة "
    "السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة").split())


@lru_cache(maxsize=1)
def compound_heads() -> frozenset[str]:
    """First words of compound place names (``toponym_compound_heads.txt``, normalised): followed
    by a word (``heads_construct``), the name is the unknown compound, not the short namesake."""
    return frozenset(map(normalise_phrase,
                         read_phrases("marsad.recognise", "toponym_compound_heads.txt")))


@lru_cache(maxsize=1)
def construct_nouns() -> frozenset[str]:
    """The names read by ``heads_construct`` (normalised)."""
    return frozenset(map(normalise_phrase, read_phrases("marsad.recognise", "toponym_construct.txt")))


def heads_construct(toks: Tokens, last: int) -> bool:
    """The name ending at token ``last`` (with ب written on it) is followed by a word that makes
    it a noun in construct: a letter word that is no conjunction-led word, direction,
    preposition or time word."""
    k = last + 1
    if k >= len(toks):
        return False
    w = toks.texts[k]
    return w[:1].isalpha() and not w.startswith("و") and w not in _PLACE_AFTER


# Definite time words after a name: no genitive of a noun in it (بعقوبة الأسبوع الماضي).
_TIME_AFTER = frozenset(normalise_phrase(w) for w in "الأسبوع الشهر العام الليل النهار".split())
# Definite function words (relative pronouns, "now") after the name: no genitive ("بعقوبة التي").
_FUNCTION_AFTER = frozenset(normalise_phrase(w) for w in (
    "التي الذي اللذين اللتين الذين اللاتي اللواتي الآن").split())


@lru_cache(maxsize=1)
def fused_nouns() -> frozenset[str]:
    """The names read by ``heads_genitive`` (normalised)."""
    return frozenset(map(normalise_phrase,
                         read_phrases("marsad.recognise", "toponym_construct_fused.txt")))


def heads_genitive(toks: Tokens, last: int) -> bool:
    """The name ending at token ``last`` (ب + a noun, written as one: بعقوبة) is followed by a
    definite word that is no adjective in ة, no direction, preposition or time word
    (بعقوبة الإعدام، بعقوبة السجن): the noun heads a construct phrase, the name no place."""
    k = last + 1
    if k >= len(toks):
        return False
    w = toks.texts[k]
    return (w.startswith("ال") and not w.endswith("ه") and w not in _PLACE_AFTER
            and w not in _TIME_AFTER and w not in _FUNCTION_AFTER)


# Quote marks that may stand between a vessel's noun and its name.
_QUOTES = frozenset("'\"«»“”‘’")


@lru_cache(maxsize=1)
def _vessels() -> frozenset[str]:
    """``toponym_vessels.txt`` as tokens: bare or with the article, after و/ف and ب/ل."""
    return with_proclitics(map(normalise_phrase, read_phrases("marsad.recognise", "toponym_vessels.txt")),
                           NOUN_PREFIXES)


def names_vessel(toks: Tokens, first: int) -> bool:
    """The name at token ``first`` follows a vessel's noun, maybe with a quote mark between
    ("استهدفت بارجة 'الدمام' السعودية"، "الفرقاطة المدينة"): it names the ship (its name taken
    from a town), not the town."""
    k = first - 1
    if k >= 0 and toks.texts[k] in _QUOTES:
        k -= 1
    return k >= 0 and toks.texts[k] in _vessels()


# "موقع" (a position, a post) right before a name: singular, indefinite, maybe after و/ب/ل.
POSITION_WORD = "موقع"  # (a document without it has no position to read)
_POSITION = re.compile(r"(?:^|\s)[وبل]?" + POSITION_WORD + r"\s+$")


def names_position(text: str, start: int, level: object) -> bool:
    """The name starting at ``start`` in the normalised ``text`` and read as a district
    (``level`` admin2 or admin3) follows "موقع": it names a military position ("هاجموا موقع
    ملحان"), which takes the name of a hill or village, not the district of that name. A town's
    name is kept ("موقع الجميمة"), so are a plural ("مواقع ميدي": positions in Midi) and a
    direction between ("موقع شرق رفح")."""
    return level in ("admin2", "admin3") and _POSITION.search(text, max(0, start - 8), start) is not None
