"""Phrase lexicon matched over tokens, with Arabic proclitics stripped from the first word.

Every dictionary recogniser (places, actors, triggers, framing, attribution) uses this one
matcher, so clitic handling (بريف، والرقة، لمسلحي، للقوات) is the same everywhere.

All live lexicons share Aho-Corasick automata (marsad.text.lexicon_scan): a token sequence is
scanned once (in C) for every lexicon, and each lexicon then checks only its own hits.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate, compress, islice
from operator import itemgetter, lt
from typing import Any, Generic, TypeVar, cast

from marsad.text.lexicon_scan import QUOTE_MARKS, Entry, LexiconMatch, Shared
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Piece, Tokens, tokens

__all__ = ["QUOTE_MARKS", "LexiconMatch", "PhraseLexicon", "by_runs", "longest", "unquoted"]

V = TypeVar("V")

_SORT_KEY = itemgetter(2, 0, 3)  # first_token, start, last_token
_START = itemgetter(0)  # LexiconMatch.start
_END = itemgetter(1)  # LexiconMatch.end
_SHARED = Shared()


class PhraseLexicon(Generic[V]):
    """Normalised phrases -> values; several values per phrase are kept in insertion order.

    Matching reads the shared scan of the token texts joined by spaces; Python work is done
    only per hit, to check that what precedes the hit inside its token is a valid proclitic
    sequence (بريف، والرقة، لمسلحي، للقوات). Token sequences are identified by their ``texts``
    list (``Tokens.texts``), which must not change once matched; token texts hold no spaces.
    """

    def __init__(self, entries: Iterable[tuple[str, V]] = ()) -> None:
        self._entries: dict[str, list[Entry[V]]] = {}
        self._size = 0
        self._marks_only = False  # some entry is quotation marks only: scanned alone
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
        self._marks_only = any(QUOTE_MARKS.issuperset(key.split(" ")) for key in self._entries)
        self._serial = _SHARED.register(self)

    def add(self, phrase: str, value: V) -> None:
        words = [t.text for t in tokens(normalise_phrase(phrase))]
        if not words:
            raise ValueError(f"empty lexicon phrase: {phrase!r}")
        key = " ".join(words)
        self._marks_only = self._marks_only or QUOTE_MARKS.issuperset(words)
        self._entries.setdefault(key, []).append(Entry(key, len(words), value, False))
        if key.startswith("ال") and len(words[0]) > 3:
            elided = "ل" + key[2:]
            self._entries.setdefault(elided, []).append(Entry(key, len(words), value, True))
        self._size += 1
        _SHARED.changed(self._serial)

    def surfaces(self) -> list[tuple[str, list[Entry[V]]]]:
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
        out = _SHARED.found(self._serial, texts, starts, ends, strip_clitics, self._marks_only)
        out.sort(key=_SORT_KEY)
        return out


def unquoted(toks: Tokens) -> tuple[Tokens, list[int]]:
    """``toks`` less its quotation marks (``QUOTE_MARKS``), and each kept token's index in
    ``toks``: the lists the shared scan reads, made once per sequence (``toks`` itself when it
    has none). Neither may be changed."""
    (texts, starts, ends), index = _SHARED.unquoted(toks.texts, toks.starts, toks.ends)
    if texts is toks.texts:
        return toks, list(index)
    return Tokens(texts, starts, ends), cast(list[int], index)


def longest(matches: Iterable[LexiconMatch[V]]) -> list[LexiconMatch[V]]:
    """Keep the longest of overlapping matches (leftmost first on ties, then the one listed
    first), in text order. Only overlapping matches compete: each run of them is decided
    alone (``by_runs``), so the usual match, overlapping none, costs no Python work."""
    return by_runs(sorted(matches, key=_START), _longest_run)


def by_runs(
    ordered: list[LexiconMatch[V]],
    decide: Callable[[list[LexiconMatch[V]]], list[LexiconMatch[V]]],
) -> list[LexiconMatch[V]]:
    """``ordered`` (sorted by start) with each run of overlapping matches replaced by what
    ``decide`` keeps of it (a list in text order); the other matches stay as they are.

    The runs are found in C: a match starting before the furthest end so far joins the run
    of the one before it. ``ordered`` itself is returned when no two matches overlap."""
    reach = list(accumulate(map(_END, ordered), max))
    joins = list(compress(range(1, len(ordered)),
                          map(lt, map(_START, islice(ordered, 1, None)), reach)))
    if not joins:
        return ordered
    out: list[LexiconMatch[V]] = []
    run: list[LexiconMatch[V]] = []
    done = 0  # the matches before this one are decided
    for j in joins:
        if j - 1 >= done:  # a new run, from the match before j
            if run:
                out += decide(run)
            out += ordered[done : j - 1]
            run = [ordered[j - 1]]
        run.append(ordered[j])
        done = j + 1
    out += decide(run)
    out += ordered[done:]
    return out


def _longest_run(run: list[LexiconMatch[V]]) -> list[LexiconMatch[V]]:
    """``longest`` of one run of overlapping matches (sorted by start): a pair by one
    comparison (the first starts first, or was listed first at the same start)."""
    if len(run) == 2:
        a, b = run
        return [a if a.end - a.start >= b.end - b.start else b]
    chosen: list[LexiconMatch[V]] = []  # disjoint, sorted by start
    starts: list[int] = []
    for m in sorted(run, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect_right(starts, m.start)
        if (i and chosen[i - 1].end > m.start) or (i < len(chosen) and chosen[i].start < m.end):
            continue
        starts.insert(i, m.start)
        chosen.insert(i, m)
    return chosen
