"""A place name that is also a noun heading a construct phrase after ب: "بحجة أن"، "بحجة مكافحة
الإرهاب" (under the pretext of), not "بحجة" (in Hajjah). The place reading is kept when nothing
follows, or a conjunction, a direction, a preposition or a time word does ("بحجة، شمال غرب
اليمن"، "بحجة والحديدة"، "بحجة شمال غرب البلاد"، "بحجة في غارة"); any other word after it is the
noun's complement (أن، أنه، مكافحة، دعم، عدم، انتمائهم …) and the name no place mention.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.recognise.cues import read_phrases
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens

# Words after the name that keep it a place (normalised).
_PLACE_AFTER = frozenset(normalise_phrase(w) for w in (
    "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي شمالا جنوبا شرقا غربا "
    "في من على إلى الى عن مع ضد بعد قبل منذ خلال حيث اليوم أمس امس مساء صباح فجر ليلة "
    "السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة").split())


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
