"""Phrase lexicon matched over tokens, with Arabic proclitics stripped from the first word.

Every dictionary recogniser (places, actors, triggers, framing, attribution) uses this one
matcher, so clitic handling (بريف، والرقة، لمسلحي، للقوات) is the same everywhere.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import add
from typing import Generic, TypeVar

import ahocorasick

from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Piece, Tokens, tokens

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class LexiconMatch(Generic[V]):
    """A match in normalised offsets; ``start`` is after any stripped proclitic."""

    start: int
    end: int
    first_token: int
    last_token: int
    key: str
    value: V
    proclitic: str


# Proclitic strings that may precede a lexicon entry inside a token (see clitic_variants):
# conjunction, then a preposition or the future marker, then the article.
_PREFIXES = frozenset(
    conj + mid + art
    for conj in ("", "و", "ف")
    for mid in ("", "ب", "ل", "ك", "س")
    for art in ("", "ال")
) | frozenset({"لل", "ولل", "فلل"})
# Before an entry whose article was elided after ل (للقوات = ل + القوات).
_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})


@dataclass(frozen=True, slots=True)
class _Entry(Generic[V]):
    key: str
    words: int
    value: V
    elided_article: bool  # matched as ل+stem after a lam: the stem of an entry starting ال


class PhraseLexicon(Generic[V]):
    """Normalised phrases -> values; several values per phrase are kept in insertion order.

    Matching is one Aho-Corasick scan (C) of the token texts joined by spaces; Python work is
    done only per hit, to check token boundaries and that what precedes the hit inside its
    token is a valid proclitic sequence (بريف، والرقة، لمسلحي، للقوات).
    """

    def __init__(self, entries: Iterable[tuple[str, V]] = ()) -> None:
        self._entries: dict[str, list[_Entry[V]]] = {}
        self._size = 0
        self._automaton: ahocorasick.Automaton | None = None
        for phrase, value in entries:
            self.add(phrase, value)

    def __len__(self) -> int:
        return self._size

    def add(self, phrase: str, value: V) -> None:
        words = [t.text for t in tokens(normalise_phrase(phrase))]
        if not words:
            raise ValueError(f"empty lexicon phrase: {phrase!r}")
        key = " ".join(words)
        self._entries.setdefault(key, []).append(_Entry(key, len(words), value, False))
        if key.startswith("ال") and len(words[0]) > 3:
            elided = "ل" + key[2:]
            self._entries.setdefault(elided, []).append(_Entry(key, len(words), value, True))
        self._size += 1
        self._automaton = None

    def _built(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for surface, entries in self._entries.items():
                automaton.add_word(surface, (len(surface), entries))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def matches(self, toks: Sequence[Piece], strip_clitics: bool = True) -> list[LexiconMatch[V]]:
        """Every entry found in ``toks`` (all of them, overlapping ones included)."""
        if isinstance(toks, Tokens):
            texts, starts, ends = toks.texts, toks.starts, toks.ends
        else:
            texts = [t.text for t in toks]
            starts = [t.start for t in toks]
            ends = [t.end for t in toks]
        if not texts or not self._entries:
            return []
        automaton = self._built()
        # Where each token starts in the joined text: its length sum before it, plus one space each.
        joined_starts = list(map(add, accumulate(map(len, texts), initial=0), range(len(texts))))
        out: list[LexiconMatch[V]] = []
        for last, (length, entries) in automaton.iter(" ".join(texts)):
            first = last - length + 1
            i = bisect_right(joined_starts, first) - 1
            offset = first - joined_starts[i]
            j = bisect_right(joined_starts, last) - 1
            if last + 1 != joined_starts[j] + len(texts[j]):
                continue  # the hit ends inside a word
            prefix = texts[i][:offset]
            for entry in entries:
                if entry.elided_article:
                    if not strip_clitics or prefix not in _LAM_PREFIXES:
                        continue
                elif offset and not (strip_clitics and prefix in _PREFIXES):
                    continue
                out.append(
                    LexiconMatch(starts[i] + offset, ends[j], i, j, entry.key, entry.value, prefix)
                )
        out.sort(key=lambda m: (m.first_token, m.start, m.last_token))
        return out


def longest(matches: Iterable[LexiconMatch[V]]) -> list[LexiconMatch[V]]:
    """Keep the longest of overlapping matches (leftmost first on ties)."""
    chosen: list[LexiconMatch[V]] = []  # disjoint, sorted by start
    starts: list[int] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect_right(starts, m.start)
        if (i and chosen[i - 1].end > m.start) or (i < len(chosen) and chosen[i].start < m.end):
            continue
        starts.insert(i, m.start)
        chosen.insert(i, m)
    return chosen
