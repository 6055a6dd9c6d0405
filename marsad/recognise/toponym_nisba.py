"""A country name written as its own nisba adjective is the adjective after a noun it agrees with
(CODING §4: a place only where the text names one).

"سورية" and "تركية" name Syria and Turkey, and are also "Syrian" and "Turkish" after an indefinite
feminine or plural noun ("مواقع سورية"، "مقاتلات تركية"، "مصادر سورية"): the adjective says whose
forces, sources or positions, not where the act was, so it is no place mention. After a noun of
place ("بلدة سورية"، "مدينة تركية") it still says in which country; after a preposition or with a
clitic ("إلى سورية"، "بسورية") it is the country. The adjectives are ``countries_ar.tsv``'s
(``toponym_within.country_adjectives``). A definite name after a definite noun ("وزارة الداخلية
السعودية") is left a place: the country it adds to the document's count often decides the home
place, and dropping it moved many.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.lexicon_scan import PREFIXES, with_proclitics
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens

# Nouns of place (and a border) after which a nisba still says which country the place lies in.
_PLACE_NOUNS = ("ارض اراض اراضي مدينة مدن بلدة بلدات قرية قرى منطقة مناطق محافظة محافظات ولاية"
                " ولايات عاصمة حدود جزيرة جزر ساحل سواحل مياه اجواء مطار ميناء").split()
# Broken plurals that take a feminine adjective ("مواقع سورية"، "مصادر تركية").
_PLURALS = "مواقع مصادر قذائف صواريخ اهداف مراكز عناصر وسائل طائرات دبابات".split()


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    words = [normalise_phrase(w) for w in _PLACE_NOUNS]
    return with_proclitics(words, PREFIXES)  # (PREFIXES hold the article and its forms)


@lru_cache(maxsize=1)
def _plurals() -> frozenset[str]:
    return with_proclitics([normalise_phrase(w) for w in _PLURALS])


@lru_cache(maxsize=1)
def _definite() -> tuple[str, ...]:
    """Proclitic strings ending in the article (a definite noun starts with one)."""
    return tuple(p for p in PREFIXES if p.endswith(("ال", "لل")))


@lru_cache(maxsize=1)
def _nisba_words() -> frozenset[str]:
    from marsad.recognise.toponym_within import country_adjectives  # (it imports toponym_spots)

    return frozenset(a[2:] for a in country_adjectives() if a.startswith("ال"))


def names_nisba(toks: Tokens, first: int, key: str, proclitic: str) -> bool:
    """The country name ``key`` at token ``first`` (with no proclitic) is the indefinite nisba
    adjective of the noun before it: a feminine or plural noun, no noun of place."""
    if proclitic or first == 0 or key not in _nisba_words():
        return False
    prev = toks.texts[first - 1]
    if not prev[:1].isalpha() or prev in _place_nouns() or prev.startswith(_definite()):
        return False
    return prev.endswith(("ه", "ات")) or prev in _plurals()
