"""A capital named for its government, not as a scene (metonymy): "حكومة أنقرة", "دعت بغداد",
"أنقرة تتعاون", "Washington said". Such a mention is still a place mention, marked
``"government": true`` in its value, so no event is placed there (marsad.assemble.arguments).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens

# Conjunctions written on the verb: ودعت، فقالت.
_CONJUNCTIONS = ("و", "ف")
# Words before the capital that make it a place, not a subject: في أنقرة قالت ...
_PREPOSITIONS = frozenset(normalise_phrase(w) for w in ("في", "من", "إلى", "الى", "على", "عن",
                                                         "قرب", "in", "from", "to", "near", "at"))

_FROM, _SIDE = normalise_phrase("من"), normalise_phrase("جهة")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    text = resources.files("marsad.recognise").joinpath("toponym_roles.tsv").read_text("utf-8")
    kinds: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, kind = line.split("\t")
            kinds.setdefault(kind, set()).add(normalise_phrase(word))
    return {k: frozenset(v) for k, v in kinds.items()}


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
    if after == _FROM and _word(toks, last + 2) == _SIDE:
        return True  # "التوتر بين أنقرة من جهة و…": a party, not a scene
    return after is not None and _is(after, "verb") and (
        before is None or (before not in _PREPOSITIONS and before[1:] not in _PREPOSITIONS))
