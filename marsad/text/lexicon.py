"""Phrase lexicon matched over tokens, with Arabic proclitics stripped from the first word.

Every dictionary recogniser (places, actors, triggers, framing, attribution) uses this one
matcher, so clitic handling (بريف، والرقة، لمسلحي، للقوات) is the same everywhere.

All live lexicons share one Aho-Corasick automaton: a token sequence is scanned once (in C)
for every lexicon, and each lexicon then checks only its own hits.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar, cast

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


# The proclitic sequences a hit may follow inside its token (clitics stripped), each saying
# whether the entries of an article elided after a lam are kept too (after ل ول فل).
_AFTER_PREFIX: dict[str, bool] = {p: p in _LAM_PREFIXES for p in _PREFIXES if p}
_PAD = " " * (max(map(len, _PREFIXES)) + 1)  # before the first token: a prefix window fits
_SORT_KEY = itemgetter(2, 0, 3)  # first_token, start, last_token
# LexiconMatch without its Python-level __new__ (the same tuple subclass, made in C).
_new_match: Callable[[type[Any], tuple[Any, ...]], LexiconMatch[Any]] = cast(Any, tuple.__new__)

# An automaton value: the surface's length and word count, then its entries in every lexicon
# of the group as (serial, key, value), in insertion order: the plain ones, then all of them.
_Triples = tuple[tuple[int, str, Any], ...]
_Value = tuple[int, int, _Triples, _Triples]


class _Scan:
    """One token sequence: the matches found in it so far for each lexicon, unsorted, and the
    lexicon that asked first (its leader)."""

    __slots__ = ("ends", "found", "leader", "starts", "texts")

    def __init__(self, texts: list[str], starts: list[int], ends: list[int], leader: int) -> None:
        self.texts = texts  # kept alive so their ids are not reused while the scan is cached
        self.starts = starts
        self.ends = ends
        self.leader = leader
        self.found: dict[int, list[LexiconMatch[Any]]] = {}


class _Shared:
    """Automata over groups of live lexicons' surfaces, each surface followed by a space (so
    hits end at a word's end), and the scans of the last few token sequences.

    The lexicon that first asks for a token sequence leads its scan, and the scan finds the
    matches of the leader's whole group, learnt from the calls: the lexicons that asked for
    the same sequences after it, unless they lead scans of their own. The recognisers match
    some lexicons against all tokens and others against the unquoted ones, so each scan
    reports only hits that will be asked for. Grouping changes which automaton finds a
    match, never the matches.
    """

    _CACHED_SCANS = 4

    def __init__(self) -> None:
        self.lexicons: weakref.WeakValueDictionary[int, PhraseLexicon[Any]] = (
            weakref.WeakValueDictionary()
        )
        self.groups: dict[int, frozenset[int]] = {}  # leader -> the lexicons scanned with it
        self.automata: dict[frozenset[int], ahocorasick.Automaton] = {}
        self.built: set[int] = set()  # serials inside some automaton
        self.scans: dict[int, _Scan] = {}
        self.next_serial = 0

    def register(self, lexicon: PhraseLexicon[Any]) -> int:
        serial = self.next_serial
        self.next_serial += 1
        self.lexicons[serial] = lexicon
        return serial

    def changed(self, serial: int) -> None:
        if serial in self.built:
            self.automata.clear()
            self.built.clear()
            self.scans.clear()

    def found(self, serial: int, texts: list[str], starts: list[int], ends: list[int],
              strip_clitics: bool) -> list[LexiconMatch[Any]]:
        """``serial``'s matches in the token sequence, unsorted (a list the caller may keep)."""
        if not strip_clitics:
            alone = frozenset({serial})
            return _matches(alone, self._automaton(alone), texts, starts, ends, False)[serial]
        scan = self.scans.get(id(texts))
        if scan is None or scan.texts is not texts or scan.starts is not starts or scan.ends is not ends:
            if len(self.scans) >= self._CACHED_SCANS:
                del self.scans[next(iter(self.scans))]
            scan = self.scans[id(texts)] = _Scan(texts, starts, ends, serial)
            self.groups.setdefault(serial, frozenset({serial}))
        found = scan.found.get(serial)
        if found is None:
            group = self.groups.get(serial)
            if group is None:  # a follower: scanned alone this once, with its leader from now on
                self._join(scan.leader, serial)
                group = frozenset({serial})
                automaton = self._build(group)
            else:
                automaton = self._automaton(group)
            scan.found.update(_matches(group, automaton, texts, starts, ends, True))
            found = scan.found[serial]
        return found[:]

    def _join(self, leader: int, serial: int) -> None:
        self.groups[leader] = self.groups[leader] | {serial}
        live = set(self.groups.values())
        self.automata = {group: a for group, a in self.automata.items() if group in live}

    def _automaton(self, group: frozenset[int]) -> ahocorasick.Automaton:
        automaton = self.automata.get(group)
        if automaton is None:
            automaton = self.automata[group] = self._build(group)
        return automaton

    def _build(self, group: frozenset[int]) -> ahocorasick.Automaton:
        table: dict[str, tuple[list[tuple[int, str, Any]], list[tuple[int, str, Any]]]] = {}
        for serial in sorted(group):
            lexicon = self.lexicons.get(serial)
            if lexicon is None:
                continue
            self.built.add(serial)
            for surface, entries in lexicon.surfaces():
                plain, every = table.setdefault(surface, ([], []))
                plain.extend((serial, e.key, e.value) for e in entries if not e.elided_article)
                every.extend((serial, e.key, e.value) for e in entries)
        automaton = ahocorasick.Automaton()
        for surface, (plain, every) in table.items():
            value: _Value = (len(surface), surface.count(" ") + 1, tuple(plain), tuple(every))
            automaton.add_word(surface + " ", value)
        automaton.make_automaton()
        return automaton


def _matches(group: frozenset[int], automaton: ahocorasick.Automaton, texts: list[str],
             starts: list[int], ends: list[int], strip_clitics: bool) -> dict[int, list[LexiconMatch[Any]]]:
    """The matches of every lexicon in ``group`` (``automaton``'s) in one scan of the token
    texts joined by spaces.

    Python work is per hit: what precedes the hit inside its token must be a proclitic
    sequence (a few letters after a space, found in C with ``rfind``), and the hit's token
    index is the count of spaces before it, counted on from the previous hit's position.
    """
    found: dict[int, list[LexiconMatch[Any]]] = {serial: [] for serial in group}
    joined = _PAD + " ".join(texts) + " "
    width = len(_PAD)
    index = -width  # token index at ``pos``: spaces in joined[:pos] less the padding
    pos = 0
    after_prefix = _AFTER_PREFIX
    new_match = _new_match
    for last, (length, words, plain, every) in automaton.iter(joined):
        first = last - length
        if joined[first - 1] == " ":
            prefix = ""
            triples = plain
        elif strip_clitics:
            window = joined[first - width : first]
            prefix = window[window.rfind(" ") + 1 :]
            lam = after_prefix.get(prefix)
            if lam is None:
                continue
            triples = every if lam else plain
        else:
            continue
        if first >= pos:
            index += joined.count(" ", pos, first)
        else:
            index -= joined.count(" ", first, pos)
        pos = first
        j = index + words - 1
        start = starts[index] + len(prefix)
        end = ends[j]
        for serial, key, value in triples:
            found[serial].append(new_match(LexiconMatch, (start, end, index, j, key, value, prefix)))
    return found


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
        out = _SHARED.found(self._serial, texts, starts, ends, strip_clitics)
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
