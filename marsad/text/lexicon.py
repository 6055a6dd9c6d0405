"""Phrase lexicon matched over tokens, with Arabic proclitics stripped from the first word.

Every dictionary recogniser (places, actors, triggers, framing, attribution) uses this one
matcher, so clitic handling (بريف، والرقة، لمسلحي، للقوات) is the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Piece, clitic_variants, tokens

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


class PhraseLexicon(Generic[V]):
    """Normalised phrases -> values; several values per phrase are kept in insertion order."""

    def __init__(self, entries: Iterable[tuple[str, V]] = ()) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, V]]] = {}
        self._size = 0
        for phrase, value in entries:
            self.add(phrase, value)

    def __len__(self) -> int:
        return self._size

    def add(self, phrase: str, value: V) -> None:
        words = tuple(t.text for t in tokens(normalise_phrase(phrase)))
        if not words:
            raise ValueError(f"empty lexicon phrase: {phrase!r}")
        self._by_first.setdefault(words[0], []).append((words[1:], " ".join(words), value))
        self._size += 1

    def matches(self, toks: Sequence[Piece], strip_clitics: bool = True) -> list[LexiconMatch[V]]:
        """Every entry found in ``toks`` (all of them, overlapping ones included)."""
        out: list[LexiconMatch[V]] = []
        n = len(toks)
        for i, tok in enumerate(toks):
            variants = clitic_variants(tok.text) if strip_clitics else ((0, tok.text),)
            for offset, stem in variants:
                for rest, key, value in self._by_first.get(stem, ()):
                    j = i + len(rest)
                    if j < n and all(toks[i + 1 + k].text == w for k, w in enumerate(rest)):
                        out.append(
                            LexiconMatch(
                                tok.start + offset, toks[j].end, i, j, key, value,
                                tok.text[:offset],
                            )
                        )
                    elif not rest:
                        out.append(
                            LexiconMatch(tok.start + offset, tok.end, i, i, key, value, tok.text[:offset])
                        )
        return out


def longest(matches: Iterable[LexiconMatch[V]]) -> list[LexiconMatch[V]]:
    """Keep the longest of overlapping matches (leftmost first on ties)."""
    chosen: list[LexiconMatch[V]] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or c.end <= m.start for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)
