"""Whether a protest word of an arrest's sentence names the protest the arrests were made at.

An arrest is a Protest with intervention only when the protesters are arrested at the protest.
A protest word governed by a cause or purpose word (اعتقل على خلفية الاحتجاجات، بتهمة تنظيم
مظاهرات، arrested over protests) names what the arrest is for or came after: the arrest stays
Arrests. A protest word inside an organisation's name (جماعة الاعتصام) names no protest at all.
"""

from __future__ import annotations

import regex

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
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")
_NUMBER = regex.compile(r"\p{N}")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def _words_before(text: str, start: int, floor: int) -> list[str]:
    """The words of the clause before ``start`` (back to punctuation or ``floor``), nearest last."""
    words = _WORD.findall(text[floor:start])
    for i in range(len(words) - 1, -1, -1):
        if not _WORD_CHAR.match(words[i]):
            return words[i + 1 :]
    return words


def _word_start(text: str, at: int) -> int:
    """Where the word holding offset ``at`` begins (a trigger may start after a clitic)."""
    while at > 0 and _LETTER.match(text[at - 1]):
        at -= 1
    return at


def _plain(word: str) -> str:
    w = normalise_phrase(word).lower()
    return w[1:] if w.startswith("و") and len(w) > 3 and w[1:] in CAUSE_WORDS else w


def protest_for_cause(protest: Span, arrest: Span, text: str) -> bool:
    """The protest word is what the arrest was made for or after, not the scene of it."""
    floor = arrest.end if arrest.end <= protest.start else 0
    before = _words_before(text, _word_start(text, protest.start), floor)[-_WINDOW:]
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        plain = _plain(word)
        if plain in SCENE_WORDS:
            return False
        if plain not in CAUSE_WORDS:
            continue
        if word.lower() == "over" and i + 1 < len(before) and _NUMBER.search(before[i + 1]):
            continue  # "over 100 protesters": a number, not a cause
        return True
    return False


def protest_in_name(protest: Span, text: str) -> bool:
    """The protest word is the definite second word of an organisation's name (جماعة الاعتصام)."""
    start = _word_start(text, protest.start)
    before = _words_before(text, start, 0)
    return bool(before) and normalise_phrase(before[-1]) in NAME_NOUNS and (
        text[start : start + 2] == "ال")
