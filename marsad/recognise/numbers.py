"""Number grammar shared by the quantity, date and casualty recognisers (Arabic and English).

Works on the normalised view (digits already 0-9, ة -> ه, أ -> ا): one compiled regex finds
number words and digit groups, then a small combiner joins them the way Arabic writes them,
units first ("خمسة وعشرون" = 25, "ثلاثة آلاف وخمسمئة" = 3500, "1.5 مليون"), and reads vague
words as ranges ("عشرات" 20-99, "عشرات الآلاف" 10,000-99,999). Offsets are view offsets.

>>> [(m.min, m.max) for m in find_numbers("قتل خمسة وعشرون شخصا")]
[(25, 25)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from marsad.recognise.token_scan import candidates, hits, scan
from marsad.text.lexicon_scan import proclitic_sequences
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens

__all__ = [
    "NumberMatch", "candidate_tokens", "clitic_forms", "english_words", "find_duals",
    "find_numbers", "parse_digits", "word_value",
]


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number (or vague range) at view offsets ``[start, end)``; clitics before it excluded."""

    start: int
    end: int
    min: float
    max: float | None
    vague: bool = False
    words: bool = False  # spelled out rather than in digits


@dataclass(frozen=True, slots=True)
class _Word:
    kind: str  # unit ten tens hundred scale plural dual compound vague
    lo: float
    hi: float


def _read(name: str) -> list[list[str]]:
    data = resources.files("marsad.recognise").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in data.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _words() -> dict[str, _Word]:
    out: dict[str, _Word] = {}
    for word, value, kind in _read("numbers.tsv"):
        lo, _, hi = value.partition("-")
        out[normalise_phrase(word)] = _Word(kind, float(lo), float(hi or lo))
    return out


@lru_cache(maxsize=1)
def _item_pattern() -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, _words()), key=len, reverse=True))
    return re.compile(
        r"(?<![\w.,])(?:(?P<pre>[وف]?(?:لل|[بلك])?)(?P<art>ال)?(?P<word>" + alternation + r")(?!\w)"
        r"|(?P<dpre>[وفبلك]?)(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
        r"(?![0-9a-z]|[.,][0-9]))"
    )


# Words that are not numbers with the article or some clitics: الاثنين is Monday, الواحد
# "the one (and only)", بعده "after him", لست "you are not".
_NO_ARTICLE = frozenset({"اثنين", "اثنان", "واحد", "واحده", "احد", "احدي"})
_BARE_ONLY = frozenset({"ست", "عده"})
_GAP_SPACE = re.compile(r"\s+")
_GAP_DASH = re.compile(r"\s*-\s*")
_GAP_WAW = re.compile(r"\s+و\s+|\s+and\s+")
_GAP_OF = re.compile(r"\s+(?:of|من)\s+")


class _Item(NamedTuple):
    """One number word or digit group (a tuple: made for every candidate, cheaply)."""

    start: int  # after clitics (article kept)
    end: int
    kind: str
    lo: float
    hi: float
    waw: bool  # written with a conjunction و (joins a compound)
    prep: bool  # carries a preposition (starts a new number)
    words: bool
    latin: bool = False


def parse_digits(s: str) -> float:
    """``"1,500"`` -> 1500.0, ``"1.5"`` -> 1.5 (the view has ASCII digits and separators)."""
    return float(s.replace(",", ""))


def word_value(word: str) -> tuple[float, float] | None:
    """The value (or vague range) of one normalised number word, else None."""
    w = _words().get(word)
    return None if w is None else (w.lo, w.hi)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The English number words (one, twenty, hundred, dozen, hundreds, several), for patterns
    that read a count before a noun."""
    return frozenset(w for w in _words() if w.isascii())


# Before a number word: the lexicon's proclitics less the future marker, with لل (and an
# article after any of them, a superset).
_PREFIXES = proclitic_sequences(("", "ب", "ل", "ك", "لل"))


def clitic_forms(words: Iterable[str]) -> frozenset[str]:
    """Every way ``words`` may be written as one token: with proclitics and the article."""
    return frozenset(p + w for w in words for p in _PREFIXES)


@lru_cache(maxsize=1)
def _surfaces() -> frozenset[str]:
    return clitic_forms(_words())


def candidate_tokens(tokens: Tokens, surfaces: frozenset[str], text: str) -> list[int]:
    """Indexes of tokens that are one of ``surfaces`` or hold a digit, in order.

    Word look-ups run in C (``map``/``compress``), in the document's shared token pass
    (``token_scan``); digits are found by a regex scan of the text."""
    return candidates(tokens, surfaces, text)[0]


# A token's reading, relative to its start: (offset of the number, kind, lo, hi, waw, prep,
# words, latin, digits). Keyed by the character before the token (the pattern's lookbehind
# reads it) and the token; bounded, as digit tokens vary without end.
_Reading = tuple[int, str, float, float, bool, bool, bool, bool, bool]
_READINGS: dict[tuple[str, str], _Reading | None] = {}
_READINGS_MAX = 100_000


def _reading(m: re.Match[str], base: int) -> _Reading | None:
    """What an item-pattern match says, offsets relative to ``base``; None if it is no number."""
    if m.group("num") is not None:
        pre = m.group("dpre")
        value = parse_digits(m.group("num"))
        return (m.start("num") - base, "digits", value, value, pre == "و", pre not in ("", "و"),
                False, False, True)
    word, pre, art = m.group("word"), m.group("pre"), m.group("art")
    if art and word in _NO_ARTICLE:
        return None
    if word in _BARE_ONLY and pre not in ("", "و" if word == "ست" else "ل"):
        return None
    w = _words()[word]
    core = m.start("art") if art else m.start("word")
    return (core - base, w.kind, w.lo, w.hi, pre.startswith("و"), pre.lstrip("وف") != "", True,
            word.isascii(), False)


def _readings(text: str, start: int, end: int) -> Iterator[tuple[_Reading, int, int]]:
    """Readings of the numbers in ``text[start:end]`` with their view start (base) and end."""
    for hit in _item_pattern().finditer(text, start, end):
        r = _reading(hit, hit.start())
        if r is not None:
            yield r, hit.start(), hit.end()


_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


def _latin_before(text: str, s: int) -> bool:
    """``[a-z][-/]?`` ends right before ``s`` (F-16, M5): two characters looked at, no regex."""
    c = text[s - 1] if s else ""
    return c in _LATIN or (c in ("-", "/") and s >= 2 and text[s - 2] in _LATIN)


def _items(text: str, start: int, end: int, tokens: Tokens | None = None) -> list[_Item]:
    out: list[_Item] = []
    if tokens is None:
        for (rel, kind, lo, hi, waw, prep, words, latin, digits), base, e in _readings(
            text, start, end
        ):
            s = base + rel
            if digits and _latin_before(text, s):
                continue  # F-16, M5, S-400: a name, not a number
            out.append(_Item(s, e, kind, lo, hi, waw, prep, words, latin))
        return out
    # Only tokens that can be numbers, each read once per (character before it, token).
    cache = _READINGS
    pattern = _item_pattern()
    starts, ends, texts = tokens.starts, tokens.ends, tokens.texts
    for i in candidate_tokens(tokens, _surfaces(), text):
        b, e = starts[i], ends[i]
        if b < start or e > end:
            continue
        key = (text[b - 1 : b], texts[i])
        if key in cache:
            r = cache[key]
        else:
            m = pattern.match(text, b, e)
            r = None if m is None or m.end() != e else _reading(m, b)
            if len(cache) >= _READINGS_MAX:
                cache.clear()
            cache[key] = r
        if r is None:
            continue
        rel, kind, lo, hi, waw, prep, words, latin, digits = r
        s = b + rel
        if digits and _latin_before(text, s):
            continue  # F-16, M5, S-400: a name, not a number
        out.append(_Item(s, e, kind, lo, hi, waw, prep, words, latin))
    return out


class _Builder:
    """Accumulates one number from items in reading order (units first, then scales)."""

    def __init__(self, item: _Item) -> None:
        self.first = item
        self.last = item
        self.total = 0.0
        self.cur = 0.0
        self.lo: float | None = None  # set for vague numbers
        self.hi: float | None = None
        self.ok = item.kind != "compound"  # أحد, اثنا, "one" only stand inside a compound
        if item.kind in ("scale", "dual"):
            self.total = item.lo
        elif item.kind == "plural":  # آلاف alone: 1,000-9,999
            self.lo, self.hi = item.lo, item.lo * 10 - 1
        elif item.kind == "vague":
            self.lo, self.hi = item.lo, item.hi
        else:
            self.cur = item.lo

    def add(self, item: _Item, gap: str) -> bool:
        """Take ``item`` if it continues this number across ``gap``; False ends the number."""
        if item.prep:
            return False
        k, last = item.kind, self.last.kind
        plain = bool(_GAP_SPACE.fullmatch(gap))
        space = plain and not item.waw
        waw = (item.waw and plain) or bool(_GAP_WAW.fullmatch(gap))
        if self.lo is not None:  # vague: only a larger vague scale may follow ("عشرات الآلاف")
            if k in ("plural", "vague") and item.lo >= 1000 and (space or _GAP_OF.fullmatch(gap)):
                base = 10 if self.lo == 20 else self.lo
                self.lo, self.hi = base * item.lo, ((self.hi or 0) + 1) * item.lo - 1
                return self._took(item)
            return False
        if k in ("scale", "plural") and space and (self.cur or last == "hundred") and self.ok:
            if k == "plural" and not 3 <= self.cur <= 10:
                return False
            self.total += self.cur * item.lo  # ثلاثة آلاف, مئة ألف, 1.5 مليون
            self.cur = 0
        elif item.latin:
            if not self._english(item, k, last, space or bool(_GAP_DASH.fullmatch(gap)), waw):
                return False
        elif space and k == "ten" and last in ("unit", "compound") and self.cur < 10:
            self.cur += 10  # ثلاثة عشر, أحد عشر
            self.ok = True
        elif space and k == "hundred" and item.lo == 100 and last in ("unit", "compound"):
            self.cur *= 100  # ثلاث مئة
            self.ok = True
        elif waw and self.ok and not self.last.latin:
            if k == "tens" and last == "unit" and self.cur < 10:
                self.cur += item.lo  # خمسة وعشرون
            elif k in ("unit", "ten", "tens", "digits") and last == "hundred":
                self.cur += item.lo  # مئة وخمسون
            elif k in ("unit", "ten", "tens", "hundred", "digits") and last in ("scale", "plural", "dual"):
                self.cur = item.lo  # ألف وخمسمئة, مليون و٥٠٠ ألف
            elif k == "unit" and last == "tens" and item.words:
                self.cur += item.lo  # عشرون وخمسة (rare order)
            else:
                return False
        else:
            return False
        return self._took(item)

    def _english(self, item: _Item, k: str, last: str, space: bool, waw: bool) -> bool:
        if not self.last.latin:
            return False
        if space and k in ("unit", "compound") and item.lo < 10 and last == "tens":
            self.cur += item.lo  # twenty-five
        elif space and k == "hundred" and last in ("unit", "compound", "tens"):
            self.cur *= 100  # two hundred
        elif space and k == "dozen" and last in ("unit", "compound", "tens") and self.cur < 100:
            self.cur *= 12  # two dozen
        elif (space or waw) and k in ("unit", "tens") and last == "hundred":
            self.cur += item.lo  # two hundred (and) fifty
        elif (space or waw) and k in ("unit", "tens", "compound") and last == "scale":
            self.cur = item.lo  # two thousand five hundred
        else:
            return False
        self.ok = True
        return True

    def _took(self, item: _Item) -> bool:
        self.last = item
        return True

    def result(self) -> NumberMatch | None:
        words = self.first.words or self.last.words
        if self.lo is not None:
            return NumberMatch(self.first.start, self.last.end, self.lo, self.hi, True, words)
        if not self.ok:
            return None
        value = self.total + self.cur
        return NumberMatch(self.first.start, self.last.end, value, value, False, words)


def find_numbers(
    text: str, start: int = 0, end: int | None = None, tokens: Tokens | None = None
) -> list[NumberMatch]:
    """Every number and vague quantity word in ``text[start:end]``, in order, not overlapping.

    Given the view's ``tokens``, only tokens that can be numbers are looked at (much faster)."""
    stop = len(text) if end is None else end
    out: list[NumberMatch] = []
    builder: _Builder | None = None
    for item in _items(text, start, stop, tokens):
        if builder is not None:
            gap = text[builder.last.end : item.start - _pre_len(text, item)]
            if gap.strip() in _JOINS and builder.add(item, gap):
                continue
        if builder is not None and (res := builder.result()) is not None:
            out.append(res)
        builder = _Builder(item)
    if builder is not None and (res := builder.result()) is not None:
        out.append(res)
    return out


# What may stand between two parts of one number, spaces aside (every gap _Builder.add takes).
_JOINS = frozenset({"", "-", "و", "and", "من", "of"})


def _pre_len(text: str, item: _Item) -> int:
    """Length of the conjunction glued before an item (و٢٠٠٠): it belongs to the gap."""
    return 1 if item.waw and item.start > 0 and text[item.start - 1] == "و" else 0


@lru_cache(maxsize=1)
def _dual_pattern() -> tuple[re.Pattern[str], dict[str, str | None], frozenset[str]]:
    forms: dict[str, str | None] = {}
    for singular, unit in _read("numbers_dual.tsv"):
        stem = normalise_phrase(singular)
        stem = stem[:-1] + "ت" if stem.endswith("ه") else stem
        for ending in ("ان", "ين"):
            forms[stem + ending] = None if unit == "-" else unit
    alternation = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    pattern = re.compile(
        r"(?<!\w)(?:[وف]?(?:لل|[بلك])?)(?P<art>ال)?(?P<word>" + alternation + r")(?!\w)"
    )
    return pattern, forms, clitic_forms(forms)


def find_duals(
    text: str, start: int = 0, end: int | None = None, tokens: Tokens | None = None
) -> list[tuple[int, int, str | None]]:
    """Dual nouns that count exactly two: ``(start, end, duration unit or None)``."""
    pattern, forms, surfaces = _dual_pattern()
    stop = len(text) if end is None else end
    if tokens is None:
        matches: Iterable[re.Match[str] | None] = pattern.finditer(text, start, stop)
    else:
        found = hits(scan(tokens, surfaces, text), surfaces)  # most articles: none
        matches = (
            pattern.match(text, tokens.starts[i], tokens.ends[i])
            for i in found
            if start <= tokens.starts[i] and tokens.ends[i] <= stop
        )
    out = []
    for m in matches:
        if m is None:
            continue
        s = m.start("art") if m.group("art") else m.start("word")
        out.append((s, m.end(), forms[m.group("word")]))
    return out
