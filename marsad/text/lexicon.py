"""Phrase lexicon matched over tokens, with Arabic proclitics stripped from the first word.

Every dictionary recogniser (places, actors, triggers, framing, attribution) uses this one
matcher, so clitic handling (بريف، والرقة، لمسلحي، للقوات) is the same everywhere.

All live lexicons share one Aho-Corasick automaton: a token sequence is scanned once (in C)
for every lexicon, and each lexicon then checks only its own hits.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick

from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Piece, Tokens, tokens

V = TypeVar("V")


class LexiconMatch(NamedTuple, Generic[V]):
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


# One hit of the shared scan for one lexicon: (index of the space after the hit in the joined
# text, length of the surface, its word count, the lexicon's entries for it).
_Hit = tuple[int, int, int, list[Any]]
_SORT_KEY = itemgetter(2, 0, 3)  # first_token, start, last_token


class _Scan:
    """One token sequence scanned once: where each token starts in the joined text, and the
    hits of every lexicon (by serial number)."""

    __slots__ = ("hits", "starts", "texts")

    def __init__(self, texts: list[str], hits: dict[int, list[_Hit]], starts: list[int]) -> None:
        self.texts = texts  # kept alive so its id is not reused while the scan is cached
        self.hits = hits
        self.starts = starts


class _Shared:
    """The automaton of every live lexicon's surfaces, each followed by a space (so hits end at
    a word's end), and the scans of the last few token sequences."""

    _CACHED_SCANS = 4

    def __init__(self) -> None:
        self.lexicons: weakref.WeakValueDictionary[int, PhraseLexicon[Any]] = (
            weakref.WeakValueDictionary()
        )
        self.members: frozenset[int] = frozenset()
        self.automaton: ahocorasick.Automaton | None = None
        self.scans: dict[int, _Scan] = {}
        self.next_serial = 0

    def register(self, lexicon: PhraseLexicon[Any]) -> int:
        serial = self.next_serial
        self.next_serial += 1
        self.lexicons[serial] = lexicon
        return serial

    def changed(self, serial: int) -> None:
        if serial in self.members:
            self.automaton = None

    def scan(self, serial: int, texts: list[str]) -> _Scan:
        if self.automaton is None or serial not in self.members:
            self._build()
        scan = self.scans.get(id(texts))
        if scan is not None and scan.texts is texts:
            return scan
        automaton = self.automaton
        assert automaton is not None
        hits: dict[int, list[_Hit]] = {}
        for last, found in automaton.iter(" ".join(texts) + " "):
            for owner, length, words, entries in found:
                hit = (last, length, words, entries)
                if owner in hits:
                    hits[owner].append(hit)
                else:
                    hits[owner] = [hit]
        # Token k starts at the sum of the lengths before it plus one space each.
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=0))
        scan = _Scan(texts, hits, starts)
        if len(self.scans) >= self._CACHED_SCANS:
            del self.scans[next(iter(self.scans))]
        self.scans[id(texts)] = scan
        return scan

    def _build(self) -> None:
        table: dict[str, list[tuple[int, int, int, list[Any]]]] = {}
        members = []
        for serial, lexicon in list(self.lexicons.items()):
            members.append(serial)
            for surface, entries in lexicon.surfaces():
                table.setdefault(surface + " ", []).append(
                    (serial, len(surface), surface.count(" ") + 1, entries)
                )
        automaton = ahocorasick.Automaton()
        for key, value in table.items():
            automaton.add_word(key, tuple(value))
        automaton.make_automaton()
        self.automaton = automaton
        self.members = frozenset(members)
        self.scans.clear()


_SHARED = _Shared()


class PhraseLexicon(Generic[V]):
    """Normalised phrases -> values; several values per phrase are kept in insertion order.

    Matching reads the shared scan of the token texts joined by spaces; Python work is done
    only per hit, to check that what precedes the hit inside its token is a valid proclitic
    sequence (بريف، والرقة، لمسلحي، للقوات). Token sequences are identified by their ``texts``
    list (``Tokens.texts``), which must not change once matched; token texts hold no spaces.
    """

    def __init__(self, entries: Iterable[tuple[str, V]] = ()) -> None:
        self._entries: dict[str, list[_Entry[V]]] = {}
        self._size = 0
        self._serial = _SHARED.register(self)
        for phrase, value in entries:
            self.add(phrase, value)

    def __len__(self) -> int:
        return self._size

    def __getstate__(self) -> dict[str, object]:
        return {"entries": self._entries, "size": self._size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        # A serial is only meaningful in the process that gave it: register again.
        self._entries = state["entries"]
        self._size = state["size"]
        self._serial = _SHARED.register(self)

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
        _SHARED.changed(self._serial)

    def surfaces(self) -> list[tuple[str, list[_Entry[V]]]]:
        """Every surface the automaton looks for, with its entries."""
        return list(self._entries.items())

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
        scan = _SHARED.scan(self._serial, texts)
        hits = scan.hits.get(self._serial)
        if not hits:
            return []
        joined_starts = scan.starts
        out: list[LexiconMatch[V]] = []
        for last, length, words, entries in hits:
            first = last - length
            i = bisect_right(joined_starts, first) - 1
            offset = first - joined_starts[i]
            prefix = texts[i][:offset]
            j = i + words - 1
            for entry in entries:
                if entry.elided_article:
                    if not strip_clitics or prefix not in _LAM_PREFIXES:
                        continue
                elif offset and not (strip_clitics and prefix in _PREFIXES):
                    continue
                out.append(
                    LexiconMatch(starts[i] + offset, ends[j], i, j, entry.key, entry.value, prefix)
                )
        out.sort(key=_SORT_KEY)
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
