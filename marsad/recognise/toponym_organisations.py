"""A place name inside an organisation's name is no place mention (CODING §4: only a place the
text names as one).

"الخوذ البيضاء" (the White Helmets) holds "البيضاء" (Al Bayda in Libya), "لواء القدس" (a militia
in Aleppo) holds "القدس": the name says who acts or speaks, not where. ``toponym_organisations.txt``
lists such names; a gazetteer name matched at the place of one of its words, with the rest of
the name around it, is dropped (``in_organisation``). Only names holding a gazetteer name are
listed, so a document pays one dictionary test per place name.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.recognise.cues import read_phrases
from marsad.text.lexicon_scan import PREFIXES, with_proclitics
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens

# A name's words and where in it a place name's words start, by the place name's first word.
_Index = dict[str, list[tuple[tuple[str, ...], int]]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Each listed name (normalised words) under each of its words, with that word's position."""
    out: _Index = {}
    for phrase in read_phrases("marsad.recognise", "toponym_organisations.txt"):
        words = tuple(normalise_phrase(phrase).split())
        for p, w in enumerate(words):
            out.setdefault(w, []).append((words, p))
    return out


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Every word of a listed name (a cheap test before ``in_organisation``)."""
    return frozenset(_index())


_CLITICS = PREFIXES - {""}


@lru_cache(maxsize=256)
def _first_forms(word: str) -> frozenset[str]:
    """The tokens that are a name's first word: itself, or after proclitics (و/ف، ب/ل، the
    article: "بالخوذ"، "للخوذ")."""
    return with_proclitics((word.removeprefix("ال"), word), _CLITICS) | {word}


def in_organisation(toks: Tokens, first: int, last: int, key: str) -> bool:
    """The name ``key`` at tokens ``first``..``last`` lies inside a listed organisation's name."""
    words = key.split()
    found = _index().get(words[0])
    if not found:
        return False
    texts, n = toks.texts, len(toks)
    for name, p in found:
        if name[p : p + len(words)] != tuple(words):
            continue
        start = first - p
        end = start + len(name)
        if start < 0 or end > n:
            continue
        if all(q - start in range(p, p + len(words)) or (
                texts[q] in _first_forms(name[0]) if q == start else texts[q] == name[q - start])
               for q in range(start, end)):
            return True
    return False
