"""Sentences, clauses and tokens over the normalised view, with Arabic clitic variants.

Offsets here are normalised offsets; ``TextView`` maps them back to the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any, NamedTuple, cast, overload

import regex

# What ends a sentence and a clause, as patterns: the specification that the cuts found from
# the marks' positions (_sentence_cuts, _clause_cuts: faster) are tested equal to, and what
# ``clauses`` still reads one sentence with. A sentence: [.!?؟؛;]+(?=\s|$|["'])|\n+.
_SENTENCE_END = re.compile(r"[.!?؟؛;\n](?:(?<=[.!?؟؛;])[.!?؟؛;]*(?=\s|$|[\"'])|(?<=\n)\n*)")
# A clause: one character, read without context but for digits (see all_clauses): a comma or
# colon between two digits is a number or a time (23,000; 10:30), no clause end
# (،|(?<![0-9])[,:]|[,:](?![0-9])).
_CLAUSE_END = re.compile(r"[،,:](?:(?<=،)|(?<![0-9].)|(?![0-9]))")
# Stdlib re is several times faster than regex here; the view has no combining marks left
# for \w to miss, and its digits are ASCII. Possessive: nothing after a token backtracks.
_TOKEN_SPLIT = re.compile(r"(\w++(?:[.,][0-9]++)*+|[^\w\s])")
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")

# Proclitic sequences of Arabic: conjunction (و ف), then a preposition (ب ل ك) or the future
# marker (س), then the article (ال); ل + ال is written لل.
_PROCLITIC = regex.compile(r"^(?P<conj>[وف])?(?:(?P<prep>[بلك])|(?P<fut>س))?(?P<art>ال)?")
_MIN_STEM = 2


class Piece(NamedTuple):
    """A sentence, clause or token: normalised offsets and text (a tuple: cheap to make)."""

    start: int
    end: int
    text: str


# Piece without its Python-level __new__ (the same tuple subclass, made in C).
_new_piece: Callable[[type[Piece], tuple[int, int, str]], Piece] = cast(Any, tuple.__new__)


def _pieces(text: str, start: int, end: int, boundary: re.Pattern[str]) -> list[Piece]:
    out: list[Piece] = []
    pos = start
    for m in boundary.finditer(text, start, end):
        _append_trimmed(out, text, pos, m.end())
        pos = m.end()
    _append_trimmed(out, text, pos, end)
    return out


def _append_trimmed(out: list[Piece], text: str, start: int, end: int) -> None:
    left = text[start:end].lstrip()  # str.strip reads white space as str.isspace does
    if left:
        kept = left.rstrip()
        start = end - len(left)
        out.append(_new_piece(Piece, (start, start + len(kept), kept)))


def _positions(text: str, char: str) -> list[int]:
    """Where ``char`` occurs in ``text`` (str.find: a memchr-like search in C)."""
    out: list[int] = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


# The marks _SENTENCE_END and _CLAUSE_END start with. The cuts below are those patterns'
# matches, read at the marks' positions: a regex search tries its character class at every
# character of the text, several times the cost of finding the few marks (~20 per article).
_SENTENCE_MARKS = ".!?؟؛;"
_QUOTES = "\"'"
_DIGITS = "0123456789"


def _sentence_cuts(text: str) -> list[int]:
    """The ends of ``_SENTENCE_END``'s matches in ``text`` (as ``finditer`` finds them): after
    a run of line breaks, or after a run of marks followed by white space, a quote or the end."""
    found = [i for mark in _SENTENCE_MARKS + "\n" if mark in text for i in _positions(text, mark)]
    found.sort()
    size = len(text)
    cuts: list[int] = []
    done = 0  # where the search goes on from
    for i in found:
        if i < done:
            continue
        j = i + 1
        if text[i] == "\n":
            while j < size and text[j] == "\n":
                j += 1
            cuts.append(j)
        else:
            while j < size and text[j] in _SENTENCE_MARKS:
                j += 1
            if j == size or text[j].isspace() or text[j] in _QUOTES:
                cuts.append(j)
            # else no mark of the run ends a sentence: each would be followed by the same
        done = j
    return cuts


def _clause_cuts(text: str) -> list[int]:
    """The ends of ``_CLAUSE_END``'s matches in ``text``: after every ،, and after a comma or
    colon not between two digits."""
    cuts = [i + 1 for i in _positions(text, "،")]
    size = len(text)
    others = False
    for mark in ",:":
        if mark in text:
            for i in _positions(text, mark):
                if not (0 < i < size - 1 and text[i - 1] in _DIGITS and text[i + 1] in _DIGITS):
                    cuts.append(i + 1)
                    others = True
    if others:
        cuts.sort()
    return cuts


def sentences(text: str) -> list[Piece]:
    """Split on . ! ? ؟ ؛ ; and line breaks."""
    out: list[Piece] = []
    pos = 0
    for cut in _sentence_cuts(text):
        _append_trimmed(out, text, pos, cut)
        pos = cut
    _append_trimmed(out, text, pos, len(text))
    return out


def clauses(text: str, sentence: Piece) -> list[Piece]:
    """Split a sentence on the Arabic and Latin comma and the colon."""
    return _pieces(text, sentence.start, sentence.end, _CLAUSE_END)


def all_clauses(text: str, sents: Sequence[Piece]) -> list[Piece]:
    """``clauses`` of every sentence (in order, disjoint), from one search of the whole text:
    a clause mark is one character, so it is found the same with or without the rest."""
    out: list[Piece] = []
    cuts = _clause_cuts(text)
    for s in sents:
        pos = s.start
        for cut in cuts[bisect_right(cuts, s.start) : bisect_right(cuts, s.end)]:
            _append_trimmed(out, text, pos, cut)
            pos = cut
        _append_trimmed(out, text, pos, s.end)
    return out


class Tokens(Sequence[Piece]):
    """Tokens as parallel lists (texts, starts, ends): built by C-level splitting, no per-token
    objects until one is asked for. Indexing gives a Piece."""

    __slots__ = ("ends", "starts", "texts")

    def __init__(self, texts: list[str], starts: list[int], ends: list[int]) -> None:
        self.texts = texts
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self) -> Iterator[Piece]:
        return map(Piece._make, zip(self.starts, self.ends, self.texts, strict=True))

    @overload
    def __getitem__(self, index: int) -> Piece: ...
    @overload
    def __getitem__(self, index: slice) -> Tokens: ...
    def __getitem__(self, index: int | slice) -> Piece | Tokens:
        if isinstance(index, slice):
            return Tokens(self.texts[index], self.starts[index], self.ends[index])
        return Piece(self.starts[index], self.ends[index], self.texts[index])


def tokens(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Words, numbers and single punctuation marks, with normalised offsets."""
    stop = len(text) if end is None else end
    parts = _TOKEN_SPLIT.split(text[start:stop])
    bounds = list(accumulate(map(len, parts), initial=start))
    return Tokens(parts[1::2], bounds[1:-1:2], bounds[2::2])


@lru_cache(maxsize=65536)
def clitic_variants(word: str) -> tuple[tuple[int, str], ...]:
    """Readings of ``word`` with proclitics removed: ``(offset of the stem, stem)``.

    The word itself comes first. A stem keeps its article as a separate reading, and the
    article elided after ل (للقوات) is restored (القوات at offset 1).

    >>> clitic_variants("وبالقوات")
    ((0, 'وبالقوات'), (1, 'بالقوات'), (2, 'القوات'), (4, 'قوات'))
    """
    out: list[tuple[int, str]] = [(0, word)]
    if not _ARABIC_LETTER.match(word):
        return tuple(out)
    m = _PROCLITIC.match(word)
    assert m is not None  # every group is optional, so the pattern always matches
    conj, prep, fut, art = m.group("conj"), m.group("prep"), m.group("fut"), m.group("art")

    def add(offset: int, stem: str) -> None:
        if len(stem) - (2 if stem.startswith("ال") else 0) >= _MIN_STEM and (offset, stem) not in out:
            out.append((offset, stem))

    pos = 0
    if conj:
        pos = 1
        add(pos, word[pos:])
    if prep or fut:
        pos += 1
        add(pos, word[pos:])
        if prep == "ل" and word[pos:].startswith("ل") and not art:
            # لل = ل + ال: the stem after the second lam, with its article restored.
            add(pos, "ا" + word[pos:])
            add(pos + 1, word[pos + 1 :])
    if art:
        add(pos, word[pos:])
        add(pos + 2, word[pos + 2 :])
    return tuple(out)
