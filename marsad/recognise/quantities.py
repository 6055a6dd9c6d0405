"""Quantity recogniser: counts, ranges, bounds, money, durations and percentages.

Numbers come from the shared grammar (``numbers.py``); this module reads the words around
them from ``quantities.tsv``: a qualifier before ("أكثر من" -> min N+1, "نحو" approximate,
"بين X و Y" a range), then a currency, duration unit or percent sign, then a "per" phrase
("للشخص الواحد"). The span covers the whole expression. Numbers inside an absolute date
mention found earlier (the dates recogniser) and labels ("القرار 2254", "F-16") are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.model import Mention, Quantity
from marsad.recognise.numbers import NumberMatch, _read, find_duals, find_numbers
from marsad.recognise.triggers_context import place_reach
from marsad.text.normalise import normalise_phrase
from marsad.text.view import TextView

NAME = "marsad.quantities.v1"


# Words and single marks, as the phrase maps are keyed ("ل.س" and "1,500" stay whole).
_TOKEN = re.compile(r"[^\W_]+(?:[.,][^\W_]+)*|\S")
_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب")
Entry = tuple[str, str, int]  # kind, value, length of a clitic glued to the first word


def _key(phrase: str) -> str:
    return " ".join(_TOKEN.findall(normalise_phrase(phrase)))


def _inflected(phrase: str) -> list[str]:
    """A phrase with each Arabic word also carrying the article and the accusative ا."""
    forms = [""]
    for w in _key(phrase).split(" "):
        variants = [w] if w.isascii() else [w, "ال" + w, w + "ا", "ال" + w + "ا"]
        forms = [f"{f} {v}".strip() for f in forms for v in variants]
    return forms


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Phrase maps (joined tokens -> entry) for the words before and after a number.

    Dictionary look-ups of the next or previous few tokens, not regex searches: the
    recogniser runs on every article and must stay cheap."""

    after: dict[str, Entry]  # currency | unit | percent, right after a number
    per: dict[str, Entry]
    before: dict[str, Entry]  # qualifier | skip | symbol, right before a number
    first_after: frozenset[str]  # first tokens of after/per phrases: a cheap pre-check
    last_before: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    after: dict[str, Entry] = {}
    per: dict[str, Entry] = {}
    before: dict[str, Entry] = {}
    for kind, phrase, value in _read("quantities.tsv"):
        if kind in ("currency", "unit", "percent", "per", "length", "weight"):
            target = per if kind == "per" else after
            for form in _inflected(phrase):
                target.setdefault(form, (kind, value, 0))
        else:
            key = _key(phrase)
            for clitic in _CLITICS if not key.isascii() else ("",):
                before.setdefault(clitic + key, (kind, value, len(clitic)))
    first = frozenset(k.split(" ")[0] for k in (*after, *per))
    last = frozenset(k.split(" ")[-1] for k in before)
    return _Lexicon(after, per, before, first, last)


_Tok = tuple[int, int, str]
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True, slots=True)
class _Doc:
    """One document as the quantity reader looks at it, with what it computes once."""

    text: str
    memo: dict[int, tuple[Entry, int] | None]  # _lookup_before of the qualifiers, by position


def _tokens_after(text: str, pos: int, n: int = 3) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, pos, min(len(text), pos + 60)):
        out.append((m.start(), m.end(), m.group()))
        if len(out) == n:
            break
    return out


def _lookup_after(
    table: dict[str, Entry], text: str, pos: int, first: frozenset[str]
) -> tuple[Entry, int] | None:
    """The longest phrase of ``table`` starting right after ``pos``, and where it ends."""
    head = _TOKEN.search(text, pos, pos + 30)
    if head is None or head.group() not in first:
        return None
    toks = _tokens_after(text, pos)
    if not toks or "\n" in text[pos : toks[0][0]]:
        return None
    words = [t[2] for t in toks]
    for k in range(len(toks), 0, -1):
        hit = table.get(" ".join(words[:k]))
        if hit is not None:
            return hit, toks[k - 1][1]
    return None


# The last token of a window, read from the reversed window: trailing space, then a word run
# (its pattern is its own mirror image) or else one mark.
_LAST_TOKEN = re.compile(r"\s*([^\W_]+(?:[.,][^\W_]+)*|\S)")


def _last_token(text: str, start: int, end: int) -> str | None:
    """The last token (as ``_TOKEN`` reads them) of ``text[start:end]`` before trailing space.

    Read by one match over the reversed window (a short slice): a regex anchored at the end
    would retry from every position of the window."""
    m = _LAST_TOKEN.match(text[start:end][::-1])
    return None if m is None else text[end - m.end(1) : end - m.start(1)]


def _lookup_before(
    table: dict[str, Entry], text: str, pos: int, last: frozenset[str]
) -> tuple[Entry, int] | None:
    """The longest phrase of ``table`` ending right before ``pos``, and where it starts."""
    if _last_token(text, max(0, pos - 25), pos) not in last:
        return None
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, max(0, pos - 40), pos)]
    if not toks or "\n" in text[toks[-1][1] : pos]:
        return None
    words = [t[2] for t in toks]
    for k in range(min(4, len(toks) - 1 if pos > 40 else len(toks)), 0, -1):
        hit = table.get(" ".join(words[-k:]))
        if hit is not None:
            return hit, toks[-k][0] + hit[2]
    return None


_RANGE_GAP = re.compile(r"\s*(?:-|و|الي|حتي|او|to|and|or|-)\s*|\s+")
# An article between a qualifier and a number word that takes one ("nearly a hundred").
_ARTICLE_BEFORE = re.compile(r"(?<!\w)an? +$")
_LIST_MARK = re.compile(r"\s*[-.)]\s")
_LINE_START = re.compile(r"(?:\A|\n)[ (]*\Z")
_YEARLIKE = re.compile(r"(?:19|20)[0-9]{2}")
# A year-like number is a year when a year cue precedes it or nothing countable follows it.
_YEAR_BEFORE = re.compile(
    r"(?<!\w)(?:عام|العام|لعام|سنه|السنه|لسنه|في|منذ|حتي|خلال|قبل|بعد|مطلع|بدايه|نهايه|اواخر"
    r"|اوائل|منتصف|موسم|in|since|until|by|of|year)\s*\Z"
)
_YEAR_AFTER = re.compile(r"\s*(?:[،,.():;'\"/\-]|\n|\Z|م(?!\w)|ه(?!\w)|و\s*(?:19|20)[0-9]{2})")


def _is_year(text: str, n: NumberMatch) -> bool:
    if n.words or n.end - n.start != 4 or not _YEARLIKE.fullmatch(text, n.start, n.end):
        return False
    return bool(_YEAR_BEFORE.search(text, max(0, n.start - 12), n.start)) or bool(
        _YEAR_AFTER.match(text, n.end)
    )


class QuantityRecogniser:
    """Finds quantities; the value follows docs/mentions.md (min, max, unit, per, measure)."""

    name: str = NAME
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("quantity",)

    def __init__(self) -> None:
        self.lex = _lexicon()

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        text = view.text
        # (a number overlaps a date when the furthest end of the dates starting before its end
        # passes its start: one bisect, not a test per date, as for a cue in a place name)
        date_starts, date_reach = place_reach([m.span for m in found if m.kind == "date"])
        original = view.original
        numbers = find_numbers(text, tokens=view.tokens)
        doc = _Doc(text, {})
        numbers = [n for n in numbers if not self._label(doc, n)]
        out: list[Mention] = []
        taken_end = -1
        i = 0
        while i < len(numbers):
            n = numbers[i]
            value, start, end, used = self._read(doc, numbers, i)
            i += used
            if value is None or start < taken_end:
                continue
            number = None  # (the number's own span, mapped first: one inside a date needs no other)
            if value["measure"] != "duration" and date_starts:
                number = view.span(n.start, n.end)
                k = bisect_left(date_starts, number.end)
                if k and date_reach[k - 1] > number.start:
                    continue  # the day or year of a date ("قبل ثلاثة أيام" stays a duration)
            span = (number if number is not None and (start, end) == (n.start, n.end)
                    else view.span(start, end))
            out.append(Mention("quantity", span, span.of(original), value, self.name))
            taken_end = end
        spans = [(m.span.start, m.span.end) for m in out]
        for s, e, unit in find_duals(text, tokens=view.tokens):
            span = view.span(s, e)
            if any(a < span.end and span.start < b for a, b in spans):
                continue
            value = Quantity(2, 2, unit or None, measure="duration" if unit else "count").as_value()
            out.append(Mention("quantity", span, span.of(original), value, self.name))
        out.sort(key=lambda m: m.span.start)
        return out

    def _before(self, doc: _Doc, pos: int) -> tuple[Entry, int] | None:
        """``_lookup_before`` of the qualifier table, once per position and document."""
        memo = doc.memo
        if pos not in memo:
            memo[pos] = _lookup_before(self.lex.before, doc.text, pos, self.lex.last_before)
        return memo[pos]

    def _label(self, doc: _Doc, n: NumberMatch) -> bool:
        """A number that names rather than counts: after رقم/القرار, a clock time, a phone."""
        hit = self._before(doc, n.start)
        if hit is not None and hit[0][0] == "skip":
            return True
        text, s, e = doc.text, n.start, n.end
        if (s >= 2 and text[s - 1] == ":" and text[s - 2] in _DIGITS) or (
            text[e : e + 1] == ":" and text[e + 1 : e + 2] in _DIGITS
        ):
            return True  # a clock time: 10:30
        if (
            (s <= 4 or "\n" in text[s - 4 : s])  # a line start is near
            and _LIST_MARK.match(text, e)
            and _LINE_START.search(text, max(0, s - 4), s)
        ):
            return True  # "2- عمليات انتحارية": a list item number
        return not n.words and e - s >= 8 and text[s:e].isdigit()

    def _read(
        self, doc: _Doc, numbers: list[NumberMatch], i: int
    ) -> tuple[dict[str, object] | None, int, int, int]:
        """The quantity starting at ``numbers[i]``: value, view start/end, numbers consumed."""
        lex, text = self.lex, doc.text
        n = numbers[i]
        lo: float | None = n.min
        hi: float | None = n.max
        start, end, used = n.start, n.end, 1
        unit: str | None = None
        per_unit: str | None = None
        vague = approximate = False
        qualifier = None
        symbol = None
        q = self._before(doc, n.start)
        if q is not None and q[0][0] == "symbol":
            symbol, start = q[0][1], q[1]
            q = self._before(doc, start)
        if q is None and n.words and (art := _ARTICLE_BEFORE.search(text, max(0, n.start - 4),
                                                                    n.start)) is not None:
            q = self._before(doc, art.start())  # "nearly a hundred", "about a dozen"
        if q is not None and q[0][0] == "qualifier":
            qualifier, start = q[0][1], q[1]
        # A range: "بين X و Y", "من X إلى Y", "X-Y", "X أو Y".
        if i + 1 < len(numbers):
            m2 = numbers[i + 1]
            if (
                _RANGE_GAP.fullmatch(text, n.end, m2.start)
                and (hi or 0) < m2.min
                and self._range_gap_ok(text[n.end : m2.start], qualifier, n, m2)
                and not (
                    _is_year(text, n) and _is_year(text, m2)
                    and _lookup_after(lex.after, text, m2.end, lex.first_after) is None
                )
            ):
                hi = m2.max
                end = m2.end
                used = 2
                vague = n.vague or m2.vague
        if qualifier in ("between", "from") and used == 1:
            start = n.start if symbol is None else start  # "من 5" alone: not a range
            qualifier = None
        # Nothing follows unless the next token starts an "after" or "per" phrase.
        head = _TOKEN.search(text, end, end + 30)
        follows = head is not None and head.group() in lex.first_after
        after = _lookup_after(lex.after, text, end, lex.first_after) if follows else None
        measure = "count"
        if after is not None:
            (kind, after_unit, _), end = after
            measure = {"currency": "money", "unit": "duration"}.get(kind, kind)
            if after_unit != "-":
                unit = after_unit
        elif symbol is not None:
            measure, unit = "money", symbol
        elif n.start > 0 and text[n.start - 1] == "%":
            measure, unit, start = "percent", "%", min(start, n.start - 1)
        if measure == "count" and _is_year(text, n) and used == 1 and qualifier is None:
            return None, 0, 0, used  # a bare 2018 is a year, not a count
        per = _lookup_after(lex.per, text, end, lex.first_after) if follows or after else None
        if per is not None:
            per_unit, end = per[0][1], per[1]
        if qualifier == "more":
            lo, hi = (lo or 0) + (1 if float(lo or 0).is_integer() else 0), None
        elif qualifier == "least":
            hi = None
        elif qualifier == "less":
            lo, hi = None, (hi or 0) - 1
        elif qualifier == "most":
            lo = None
        elif qualifier == "about":
            approximate = True
        if n.vague and used == 1:
            vague = True
        quantity = Quantity(lo, hi, unit, per_unit, vague, approximate, measure)
        return quantity.as_value(), start, end, used

    @staticmethod
    def _range_gap_ok(gap: str, qualifier: str | None, a: NumberMatch, b: NumberMatch) -> bool:
        g = gap.strip()
        if g in ("-",):
            return not a.words and not b.words
        if g in ("و", "and"):
            return qualifier == "between"
        if g in ("الي", "حتي", "to"):
            return True
        return g in ("او", "or") and b.min - (a.max or 0) <= 10
