"""Whether a protest word of an arrest's sentence names the protest the arrests were made at.

An arrest is a Protest with intervention only when the protesters are arrested at the protest.
A protest word governed by a cause or purpose word (اعتقل على خلفية الاحتجاجات، بتهمة تنظيم
مظاهرات، arrested over protests) names what the arrest is for or came after: the arrest stays
Arrests. A protest word inside an organisation's name (جماعة الاعتصام) names no protest at all.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from marsad.assemble.doc import DocIndex
from marsad.assemble.markers import AFTER_WORDS
from marsad.model import Span
from marsad.text.normalise import normalise_phrase


def _norm(words: set[str]) -> frozenset[str]:
    return frozenset(normalise_phrase(w) for w in words)


# Words that make what follows the cause, charge or purpose of an act (and the English ones).
CAUSE_WORDS = AFTER_WORDS | _norm(
    {"خلفية", "بسبب", "بتهمة", "بتهم", "تهمة", "تهم", "بتنظيم",
     "لتنظيم", "لتنظيمه", "لتنظيمهم", "للمشاركة", "بالمشاركة", "لمشاركته", "لمشاركتهم",
     "لمشاركتها", "لدعوته", "لدعوتهم", "بالدعوة", "للدعوة", "بالتحريض", "للتحريض",
     "for", "after", "over", "following", "organising", "organizing", "organised", "organized"}
)
# Words that put the arrest at the protest (اعتقل أثناء مشاركته في مظاهرة): nearer the protest
# word than a cause word, they win.
SCENE_WORDS = _norm({"خلال", "أثناء", "اثناء", "وسط", "during", "at", "amid"})
# Nouns that open an organisation's name (جماعة الاعتصام، حزب التجمع).
NAME_NOUNS = _norm({"جماعة", "حزب", "جبهة", "منظمة", "ائتلاف"})
_WINDOW = 4  # words before the protest word a cause word may stand in (على خلفية مشاركته في)
_NUMBER = regex.compile(r"\p{N}")


def _words_before(idx: DocIndex, k: int, floor: int) -> Sequence[str]:
    """The document's tokens of the clause before token ``k`` (back to punctuation or token
    ``floor``), nearest last: normalised, lower-cased, clitics on them."""
    texts = idx.view.tokens.texts
    for i in range(k - 1, floor - 1, -1):
        if not texts[i][:1].isalnum():
            return texts[i + 1 : k]
    return texts[floor:k]


def _plain(word: str) -> str:
    return word[1:] if word.startswith("و") and len(word) > 3 and word[1:] in CAUSE_WORDS else word


def protest_for_cause(protest: Span, arrest: Span, idx: DocIndex) -> bool:
    """The protest word is what the arrest was made for or after, not the scene of it."""
    floor = idx.tok(arrest.end - 1) + 1 if arrest.end <= protest.start else 0
    before = _words_before(idx, idx.tok(protest.start), floor)[-_WINDOW:]
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        plain = _plain(word)
        if plain in SCENE_WORDS:
            return False
        if plain not in CAUSE_WORDS:
            continue
        if word == "over" and i + 1 < len(before) and _NUMBER.search(before[i + 1]):
            continue  # "over 100 protesters": a number, not a cause
        return True
    return False


def protest_in_name(protest: Span, idx: DocIndex) -> bool:
    """The protest word is the definite second word of an organisation's name (جماعة الاعتصام)."""
    k = idx.tok(protest.start)
    before = _words_before(idx, k, 0)
    return bool(before) and before[-1] in NAME_NOUNS and idx.view.tokens.texts[k].startswith("ال")
