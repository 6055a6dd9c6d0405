"""The shared scan behind PhraseLexicon: one Aho-Corasick pass (in C) per token sequence for
every live lexicon, with Python work only per hit.

The recognisers read two sequences per document: all tokens, and the tokens less their
quotation marks (actors, attribution, framing). Both are served by one scan of the quote-free
sequence: a match of the whole sequence is a match whose tokens are consecutive there too, and
an entry holding a quotation mark is found by its quote-free words, then checked on the whole.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

import ahocorasick

if TYPE_CHECKING:
    from marsad.text.lexicon import PhraseLexicon

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


@dataclass(frozen=True, slots=True)
class Entry(Generic[V]):
    key: str
    words: int
    value: V
    elided_article: bool  # matched as ل+stem after a lam: the stem of an entry starting ال


# What may come between a conjunction and the article inside a token: a preposition or the
# future marker ("" for none).
PARTICLES = ("", "ب", "ل", "ك", "س")


def proclitic_sequences(particles: Sequence[str], article: bool = True) -> frozenset[str]:
    """Every proclitic string of an optional conjunction (و ف), one of ``particles`` and,
    with ``article``, an optional article: the one table the clitic-aware readers build
    their prefix sets from (each says which particles it takes)."""
    return frozenset(conj + mid + art for conj in ("", "و", "ف") for mid in particles
                     for art in (("", "ال") if article else ("",)))


# A conjunction or none: the proclitics of a word that takes no preposition (a verb, an adverb).
CONJUNCTIONS = proclitic_sequences(("",), article=False)


def with_proclitics(words: Iterable[str], prefixes: Iterable[str] = CONJUNCTIONS) -> frozenset[str]:
    """Every token that is one of ``words`` after one of ``prefixes`` (a set made by
    ``proclitic_sequences``, "" among them): one set test then tries every split of a token
    that leaves a known word, the whole token too (فجرا is "at dawn", not ف + جرا; وبوابة is
    و + بوابة, not وب + وابة)."""
    prefixes = tuple(prefixes)
    return frozenset(p + w for w in words for p in prefixes)


# Proclitic strings that may precede a lexicon entry inside a token (see clitic_variants):
# conjunction, then a preposition or the future marker, then the article; or لل (ل + the
# article, its alif elided), never followed by a second article.
PREFIXES = proclitic_sequences(PARTICLES) | proclitic_sequences(("لل",), article=False)
# A noun's proclitics as the word readers write them onto a noun (وبالمدينة، للأسلحة): a
# conjunction, ب or ل and the article, each optional, or لل (ل + the article, its alif elided).
NOUN_PREFIXES = proclitic_sequences(("", "ب", "ل")) | proclitic_sequences(("لل",), article=False)
# Before an entry whose article was elided after ل (للقوات = ل + القوات).
LAM_PREFIXES = frozenset({"ل", "ول", "فل"})
# The proclitic sequences a hit may follow inside its token (clitics stripped), each saying
# whether the entries of an article elided after a lam are kept too (after ل ول فل).
_AFTER_PREFIX: dict[str, bool] = {p: p in LAM_PREFIXES for p in PREFIXES if p}
# The last letters of those sequences: a hit after any other letter is refused at once.
_PREFIX_ENDS = frozenset(p[-1] for p in _AFTER_PREFIX)
# What precedes the lam inside the token when an article-elided entry is looked for with it.
_BEFORE_LAM = frozenset(p[:-1] for p in LAM_PREFIXES)
_PAD = " " * (max(map(len, PREFIXES)) + 1)  # before the first token: a prefix window fits
# LexiconMatch without its Python-level __new__ (the same tuple subclass, made in C).
_new_match: Callable[[type[Any], tuple[Any, ...]], LexiconMatch[Any]] = cast(Any, tuple.__new__)

# Quotation marks as tokens: the actor, attribution and framing recognisers read the tokens
# less these (actors.QUOTES), so a scan of the quote-free tokens serves them and the others.
QUOTE_MARKS = frozenset({'"', "'"})

# A quotation-mark token as the joined texts hold it (the marks are single characters).
_QUOTE_NEEDLES = tuple(f" {q} " for q in sorted(QUOTE_MARKS))
_Lists = tuple[list[str], list[int], list[int]]  # a token sequence: texts, starts, ends
# A scan's matches are kept per sink: ``2 * serial`` for a lexicon's matches on the quote-free
# tokens (or on the whole sequence when it has no quotation mark: the two are the same), and
# ``2 * serial + 1`` for its matches on the whole sequence when it has some.
# Entries of a surface as (2 * serial, key, value, readings), per lexicon in insertion order;
# readings: which of a quoted sequence's readings the lexicon is asked for (1 quote-free, 2 whole).
_Triples = tuple[tuple[int, str, Any, int], ...]
# An entry holding a quotation mark, found by its quote-free words: its words, how many
# quotation marks it starts and ends with, and its plain, after-lam and elided triples.
_Quoted = tuple[tuple[str, ...], int, int, _Triples, _Triples, _Triples]
# An automaton value: the surface's word count, then the triples of its plain
# entries, of all its entries (read after a lam), of the article-elided entries of lexicons
# with no plain entry on the surface ``لX`` (looked for as ``للX``, with its lam), and the
# entries holding quotation marks whose quote-free words are this surface.
_Value = tuple[int, _Triples, _Triples, _Triples, tuple[_Quoted, ...]]
_Row = tuple[list[tuple[int, str, Any, int]], list[tuple[int, str, Any, int]], list[tuple[int, str, Any, int]]]
_Found = dict[int, list[LexiconMatch[Any]]]


class _Scan:
    """One token sequence and its quote-free part (the same lists when it has no quotation
    mark): the matches found so far per sink, unsorted, and the lexicon that asked first
    (its leader)."""

    __slots__ = ("found", "index", "joined", "kept", "leader", "split", "whole")

    def __init__(self, whole: _Lists, leader: int | None) -> None:
        self.whole = whole  # kept alive so their ids are not reused while the scan is cached
        self.leader = leader
        self.found: _Found = {}
        texts, starts, ends = whole
        self.kept = whole
        self.index: Sequence[int] = range(len(texts))  # each kept token's index in the whole
        self.joined = _joined(texts)  # what is scanned: the kept texts
        quotes = _quote_tokens(self.joined)
        self.split = bool(quotes)  # the two readings differ
        if quotes:
            kept = texts[:], starts[:], ends[:]
            index = list(self.index)
            for q in reversed(quotes):
                del kept[0][q], kept[1][q], kept[2][q], index[q]
            self.kept = kept
            self.index = index
            self.joined = _joined(kept[0])

    def is_kept(self, texts: list[str], starts: list[int], ends: list[int]) -> bool:
        """Whether these lists hold this scan's quote-free part (when it differs from the whole)."""
        kept = self.kept
        return self.split and kept[0] == texts and kept[1] == starts and kept[2] == ends


def _joined(texts: list[str]) -> str:
    """Token texts joined by spaces, padded so that a prefix window fits before the first."""
    return _PAD + " ".join(texts) + " "


def _quote_tokens(joined: str) -> list[int]:
    """Indices of the quotation-mark tokens in ``joined`` (found by ``str.find``: they are few,
    and a regex search tests a character class at every character), by the spaces counted
    before each."""
    found: list[int] = []
    for needle in _QUOTE_NEEDLES:
        i = joined.find(needle)
        while i >= 0:
            found.append(i + 1)
            i = joined.find(needle, i + 1)
    if not found:
        return found
    found.sort()
    out: list[int] = []
    k = -len(_PAD)
    pos = 0
    for start in found:
        k += joined.count(" ", pos, start)
        pos = start
        out.append(k)
    return out


class Shared:
    """Automata over groups of live lexicons' surfaces, each surface followed by a space (so
    hits end at a word's end) and read backwards, and the scans of the last few token sequences.

    The lexicon that first asks for a token sequence (or its quote-free part) leads its scan,
    and the scan finds the matches of the leader's whole group, learnt from the calls: the
    lexicons that asked for the same scan after it, unless they lead scans of their own, each
    in the readings it was asked for. Grouping changes which automaton finds a match, never
    the matches.
    """

    _CACHED_SCANS = 4

    def __init__(self) -> None:
        self.lexicons: weakref.WeakValueDictionary[int, PhraseLexicon[Any]] = (
            weakref.WeakValueDictionary()
        )
        self.groups: dict[int, frozenset[int]] = {}  # leader -> the lexicons scanned with it
        self.readings: dict[int, int] = {}  # lexicon -> the readings of quoted sequences asked
        # (lexicons, whether quoted entries are looked for by their quote-free words) -> automaton
        self.automata: dict[tuple[frozenset[int], bool], ahocorasick.Automaton] = {}
        self.built: set[int] = set()  # serials inside some automaton
        # id(texts) -> the lists, their scan and 1 when they are its whole (0: its quote-free part)
        self.seen: dict[int, tuple[list[str], list[int], list[int], _Scan, int]] = {}
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
            self.seen.clear()

    def found(self, serial: int, texts: list[str], starts: list[int], ends: list[int],
              strip_clitics: bool, alone: bool) -> list[LexiconMatch[Any]]:
        """The matches of lexicon ``serial`` in the token sequence, unsorted (a list the caller
        may keep); ``alone``: scan the sequence itself with this lexicon only, uncached."""
        if alone or not strip_clitics:
            lexicon = frozenset({serial})
            whole = (texts, starts, ends)
            automaton = self._automaton(lexicon, False)
            return _matches(self._sinks(lexicon, False), automaton, _joined(texts), whole, range(len(texts)),
                            whole, False, strip_clitics)[2 * serial]
        seen = self.seen.get(id(texts))
        if seen is None or seen[0] is not texts or seen[1] is not starts or seen[2] is not ends:
            seen = self._see(serial, texts, starts, ends)
        scan = seen[3]
        if scan.leader is None:
            scan.leader = serial
            self.groups.setdefault(serial, frozenset({serial}))
        sink = 2 * serial + (seen[4] if scan.split else 0)
        found = scan.found.get(sink)
        if found is None:
            if scan.split:
                self._learn(serial, 1 << (sink & 1))
            group = self.groups.get(serial)
            if group is None:  # a follower: scanned alone this once, with its leader from now on
                self._join(scan.leader, serial)
                group = frozenset({serial})
                automaton = self._build(group, True)
            else:
                automaton = self._automaton(group, True)
            sinks = self._sinks(group, scan.split)
            scan.found.update(_matches(sinks, automaton, scan.joined, scan.kept, scan.index, scan.whole, scan.split,
                                       True))
            found = scan.found[sink]
        return found[:]

    def unquoted(self, texts: list[str], starts: list[int], ends: list[int]) -> tuple[_Lists, Sequence[int]]:
        """The sequence less its quotation marks, as its scan reads it (the same lists when it
        has none), and each kept token's index in it."""
        seen = self.seen.get(id(texts))
        if seen is None or seen[0] is not texts or seen[1] is not starts or seen[2] is not ends:
            seen = self._see(None, texts, starts, ends)
        scan = seen[3]
        if seen[4] and scan.split:
            self._remember((*scan.kept, scan, 0))
        return scan.kept, scan.index

    def _see(self, serial: int | None, texts: list[str], starts: list[int], ends: list[int]
             ) -> tuple[list[str], list[int], list[int], _Scan, int]:
        """Remember a sequence: the quote-free part of a cached scan, or a new scan led by
        ``serial`` (None: by the first lexicon that asks)."""
        for *_, scan, whole in self.seen.values():
            if whole and scan.is_kept(texts, starts, ends):
                return self._remember((texts, starts, ends, scan, 0))
        if serial is not None:
            self.groups.setdefault(serial, frozenset({serial}))
        return self._remember((texts, starts, ends, _Scan((texts, starts, ends), serial), 1))

    def _remember(self, seen: tuple[list[str], list[int], list[int], _Scan, int]
                  ) -> tuple[list[str], list[int], list[int], _Scan, int]:
        if id(seen[0]) not in self.seen and len(self.seen) >= self._CACHED_SCANS:
            del self.seen[next(iter(self.seen))]
        self.seen[id(seen[0])] = seen
        return seen

    def _learn(self, serial: int, reading: int) -> None:
        """Note that ``serial`` is asked for this reading of quoted sequences."""
        if not self.readings.get(serial, 0) & reading:
            self.readings[serial] = self.readings.get(serial, 0) | reading
            self.automata = {key: a for key, a in self.automata.items() if serial not in key[0]}

    def _join(self, leader: int, serial: int) -> None:
        self.groups[leader] = self.groups[leader] | {serial}
        live = set(self.groups.values())
        self.automata = {key: a for key, a in self.automata.items() if key[0] in live}

    def _sinks(self, group: frozenset[int], split: bool) -> _Found:
        """An empty list per sink the scan of ``group`` fills."""
        if not split:
            return {2 * serial: [] for serial in group}
        found: _Found = {}
        for serial in group:
            reading = self.readings.get(serial, 0)
            if reading & 1:
                found[2 * serial] = []
            if reading & 2:
                found[2 * serial + 1] = []
        return found

    def _automaton(self, group: frozenset[int], probes: bool) -> ahocorasick.Automaton:
        automaton = self.automata.get((group, probes))
        if automaton is None:
            automaton = self.automata[group, probes] = self._build(group, probes)
        return automaton

    def _build(self, group: frozenset[int], probes: bool) -> ahocorasick.Automaton:
        """The automaton of ``group``; with ``probes``, entries holding quotation marks are
        looked for by their quote-free words (the scan reads the quote-free tokens)."""
        table: dict[str, _Row] = {}
        quoted: dict[str, _Row] = {}
        for serial in sorted(group):
            lexicon = self.lexicons.get(serial)
            if lexicon is None:
                continue
            self.built.add(serial)
            reading = self.readings.get(serial, 0)
            for surface, entries in lexicon.surfaces():
                rows = table
                if probes and not QUOTE_MARKS.isdisjoint(surface.split(" ")):
                    rows = quoted  # a quotation mark is never among the quote-free tokens
                triples = [(2 * serial, e.key, e.value, reading) for e in entries]
                if all(e.elided_article for e in entries):
                    rows.setdefault("ل" + surface, ([], [], []))[2].extend(triples)
                    continue
                plain, every, _ = rows.setdefault(surface, ([], [], []))
                plain.extend(t for t, e in zip(triples, entries, strict=True) if not e.elided_article)
                every.extend(triples)
        probed: dict[str, list[_Quoted]] = {}
        for surface, (plain, every, lam) in quoted.items():
            words = tuple(surface.split(" "))
            marks = list(map(QUOTE_MARKS.__contains__, words))
            probe = " ".join(w for w, mark in zip(words, marks, strict=True) if not mark)
            if probe:  # else the lexicon is only ever scanned alone
                lead, trail = marks.index(False), marks[::-1].index(False)
                probed.setdefault(probe, []).append((words, lead, trail, tuple(plain), tuple(every), tuple(lam)))
                table.setdefault(probe, ([], [], []))
        automaton = ahocorasick.Automaton()
        for surface, (plain, every, lam) in table.items():
            value: _Value = (surface.count(" ") + 1, tuple(plain), tuple(every), tuple(lam),
                             tuple(probed.get(surface, ())))
            automaton.add_word(" " + surface[::-1], value)  # read backwards: see _matches
        automaton.make_automaton()
        return automaton


def _matches(found: _Found, automaton: ahocorasick.Automaton, joined: str, kept: _Lists, index: Sequence[int],
             whole: _Lists, split: bool, strip_clitics: bool) -> _Found:
    """Fill ``found`` (a list per sink of ``automaton``) from one scan of the ``kept`` token
    texts (``joined``); ``index`` maps kept tokens to the ``whole`` sequence's.

    The automaton reads the text backwards (its keys are a space, then a surface reversed):
    its root then has one way on, the space, which most letters leave at once (pyahocorasick
    looks a letter up among a node's children one by one), a third faster than forwards.

    Python work is per hit: what precedes the hit inside its token must be a proclitic
    sequence (a few letters after a space, found in C with ``rfind``), and the hit's token
    index is the count of spaces before it, counted on from the previous hit's position
    (hits come last first). A match of the whole sequence is one whose kept tokens are
    consecutive there too.
    """
    _, starts, ends = kept
    width = len(_PAD)
    pos = len(joined)
    k = len(starts)  # kept token index at ``pos``: spaces in joined[:pos] less the padding
    at = pos - 1  # the position in ``joined`` of a hit's last character in it read backwards
    after_prefix = _AFTER_PREFIX
    prefix_ends = _PREFIX_ENDS
    new_match = _new_match
    for last, value in automaton.iter(joined[::-1]):
        first = at - last
        before = joined[first - 1]
        if before == " ":
            words, triples, _, lam, quoted = value
            prefix = ""
        elif strip_clitics and before in prefix_ends:
            space = joined.rfind(" ", first - width, first)  # none: longer than any proclitic
            if space < 0:
                continue
            prefix = joined[space + 1 : first]
            after_lam = after_prefix.get(prefix)
            if after_lam is None:
                continue
            words, plain, every, lam, quoted = value
            triples = every if after_lam else plain
        else:  # inside a word: refused before its value is unpacked (~15 hits per article)
            continue
        k -= joined.count(" ", first, pos)  # hits come in reading order: first <= pos
        pos = first
        j = k + words - 1
        start = starts[k] + len(prefix)
        end = ends[j]
        if not split:
            for sink, key, value, _ in triples:
                found[sink].append(new_match(LexiconMatch, (start, end, k, j, key, value, prefix)))
            if lam and strip_clitics and prefix in _BEFORE_LAM:
                for sink, key, value, _ in lam:
                    found[sink].append(new_match(LexiconMatch, (start + 1, end, k, j, key, value, prefix + "ل")))
            continue
        a = index[k]
        b = index[j]
        consecutive = b - a == j - k
        for sink, key, value, reading in triples:
            if reading & 1:
                found[sink].append(new_match(LexiconMatch, (start, end, k, j, key, value, prefix)))
            if reading & 2 and consecutive:
                found[sink + 1].append(new_match(LexiconMatch, (start, end, a, b, key, value, prefix)))
        if lam and prefix in _BEFORE_LAM:
            _add(found, lam, (start + 1, end, k, j, prefix + "ل"),
                 (start + 1, end, a, b, prefix + "ل") if consecutive else None)
        if quoted:
            _add_quoted(found, quoted, whole, a, b, prefix)
    return found


def _add(found: _Found, triples: _Triples, kept: tuple[int, int, int, int, str] | None,
         whole: tuple[int, int, int, int, str] | None) -> None:
    """Matches at one place of a quoted sequence: ``kept`` on its quote-free part, ``whole``
    on the whole (None: not a match there)."""
    for sink, key, value, reading in triples:
        if reading & 1 and kept is not None:
            found[sink].append(_new_match(LexiconMatch, (*kept[:4], key, value, kept[4])))
        if reading & 2 and whole is not None:
            found[sink + 1].append(_new_match(LexiconMatch, (*whole[:4], key, value, whole[4])))


def _add_quoted(found: _Found, quoted: tuple[_Quoted, ...], whole: _Lists, a: int, b: int, prefix: str) -> None:
    """Matches of entries holding quotation marks whose quote-free words were found at whole
    tokens ``a..b`` after ``prefix``: their words must be the whole tokens around them."""
    texts, starts, ends = whole
    for words, lead, trail, plain, every, lam in quoted:
        first, last = a - lead, b + trail
        if first < 0 or last >= len(texts) or (lead and prefix):
            continue
        if texts[first + 1 : last + 1] != list(words[1:]) or (lead and texts[first] != words[0]):
            continue
        start, end = starts[first] + len(prefix), ends[last]
        _add(found, every if prefix and _AFTER_PREFIX[prefix] else plain, None, (start, end, first, last, prefix))
        if lam and prefix in _BEFORE_LAM:
            _add(found, lam, None, (start + 1, end, first, last, prefix + "ل"))
