"""Quantity recogniser: counts, ranges, bounds, money, durations and percentages.

Numbers come from the shared grammar (``numbers.py``); this module reads the words around
them from ``quantities.tsv``: a qualifier before ("أكثر من" -> min N+1, "نحو" approximate,
"بين X و Y" a range), then a currency, duration unit or percent sign, then a "per" phrase
("للشخص الواحد"). The span covers the whole expression. Numbers inside an absolute date
mention found earlier (the dates recogniser) and labels ("القرار 2254", "F-16") are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.model import Mention
from marsad.recognise.numbers import NumberMatch, _read, find_duals, find_numbers
from marsad.text.normalise import normalise_phrase
from marsad.text.view import TextView

NAME = "marsad.quantities.v1"
_LOOKBACK = 40


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """One regex per kind of word around a number, each giving the value by group name."""

    after: re.Pattern[str]  # currency | unit | percent, right after a number
    per: re.Pattern[str]
    before: re.Pattern[str]  # qualifier or skip word ending right before a number
    symbol: re.Pattern[str]
    values: dict[str, tuple[str, str]]  # group name -> (kind, value)


def _word_pattern(phrase: str) -> str:
    words = normalise_phrase(phrase).split()
    out = []
    for w in words:
        if w.isascii():
            out.append(re.escape(w))
        else:
            out.append(r"(?:ال)?" + re.escape(w) + r"(?:ا)?")
    return r"\s+".join(out)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    groups: dict[str, list[tuple[str, str]]] = {}
    values: dict[str, tuple[str, str]] = {}
    for kind, phrase, value in _read("quantities.tsv"):
        groups.setdefault(kind, []).append((phrase, value))

    def alternation(kinds: Sequence[str], pattern: bool = True) -> str:
        rows = [(k, p, v) for k in kinds for p, v in groups.get(k, [])]
        rows.sort(key=lambda r: len(normalise_phrase(r[1])), reverse=True)
        parts = []
        for k, p, v in rows:
            name = f"g{len(values)}"
            values[name] = (k, v)
            body = _word_pattern(p) if pattern else re.escape(normalise_phrase(p))
            parts.append(f"(?P<{name}>{body})")
        return "|".join(parts)

    after = re.compile(r"\s*(?:" + alternation(["currency", "unit", "percent"]) + r")(?!\w)")
    per = re.compile(r"\s+(?:" + alternation(["per"]) + r")(?!\w)")
    before = re.compile(
        r"(?<!\w)[وفبل]{0,2}(?:" + alternation(["qualifier", "skip"], False) + r")\s*\Z"
    )
    symbol = re.compile(r"(?:" + alternation(["symbol"], False) + r")\s*\Z")
    return _Lexicon(after, per, before, symbol, values)


def _hit(m: re.Match[str], values: dict[str, tuple[str, str]]) -> tuple[str, str]:
    name = m.lastgroup
    assert name is not None
    return values[name]


def _hit_start(m: re.Match[str]) -> int:
    """Where the matched phrase itself starts (after any clitic before it)."""
    name = m.lastgroup
    assert name is not None
    return m.start(name)


_RANGE_GAP = re.compile(r"\s*(?:-|و|الي|حتي|او|to|and|or|-)\s*|\s+")
_CLOCK_BEFORE = re.compile(r"[0-9]:\Z")
_CLOCK_AFTER = re.compile(r":[0-9]")
_YEARLIKE = re.compile(r"(?:19|20)[0-9]{2}")
# A year-like number is a year when a year cue precedes it or nothing countable follows it.
_YEAR_BEFORE = re.compile(
    r"(?<!\w)(?:عام|العام|لعام|سنه|السنه|لسنه|في|منذ|حتي|خلال|قبل|بعد|مطلع|بدايه|نهايه|اواخر"
    r"|اوائل|منتصف|موسم|in|since|until|by|of|year)\s*\Z"
)
_YEAR_AFTER = re.compile(r"\s*(?:[،,.():;'\"/\-]|\n|\Z|م(?!\w)|ه(?!\w)|و\s*(?:19|20)[0-9]{2})")


def _is_year(text: str, n: NumberMatch) -> bool:
    if n.words or not _YEARLIKE.fullmatch(text[n.start : n.end]):
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
        dates = [m.span for m in found if m.kind == "date"]
        numbers = [n for n in find_numbers(text) if not self._label(text, n)]
        out: list[Mention] = []
        taken_end = -1
        i = 0
        while i < len(numbers):
            n = numbers[i]
            value, start, end, used = self._read(text, numbers, i)
            i += used
            if value is None or start < taken_end:
                continue
            if value["measure"] != "duration" and any(
                view.span(n.start, n.end).overlaps(d) for d in dates
            ):
                continue  # the day or year of a date ("قبل ثلاثة أيام" stays a duration)
            span = view.span(start, end)
            out.append(Mention("quantity", span, span.of(view.original), value, self.name))
            taken_end = end
        spans = [(m.span.start, m.span.end) for m in out]
        for s, e, unit in find_duals(text):
            span = view.span(s, e)
            if any(a < span.end and span.start < b for a, b in spans):
                continue
            value = {"min": 2, "max": 2, "measure": "duration" if unit else "count"}
            if unit:
                value["unit"] = unit
            out.append(Mention("quantity", span, span.of(view.original), value, self.name))
        out.sort(key=lambda m: m.span.start)
        return out

    def _label(self, text: str, n: NumberMatch) -> bool:
        """A number that names rather than counts: after رقم/القرار, a clock time, a phone."""
        before = text[max(0, n.start - _LOOKBACK) : n.start]
        m = self.lex.before.search(before)
        if m is not None and _hit(m, self.lex.values)[0] == "skip":
            return True
        if _CLOCK_BEFORE.search(text, max(0, n.start - 2), n.start) or _CLOCK_AFTER.match(
            text, n.end
        ):
            return True
        digits = text[n.start : n.end]
        return not n.words and digits.isdigit() and len(digits) >= 8

    def _read(
        self, text: str, numbers: list[NumberMatch], i: int
    ) -> tuple[dict[str, object] | None, int, int, int]:
        """The quantity starting at ``numbers[i]``: value, view start/end, numbers consumed."""
        lex = self.lex
        n = numbers[i]
        lo: float | None = n.min
        hi: float | None = n.max
        start, end, used = n.start, n.end, 1
        value: dict[str, object] = {}
        qualifier = None
        q = lex.before.search(text, max(0, n.start - _LOOKBACK), n.start)
        if q is not None:
            kind, qualifier = _hit(q, lex.values)
            start = _hit_start(q)
        # A range: "بين X و Y", "من X إلى Y", "X-Y", "X أو Y".
        if i + 1 < len(numbers):
            m2 = numbers[i + 1]
            gap = text[n.end : m2.start]
            nxt_after = lex.after.match(text, m2.end)
            if (
                _RANGE_GAP.fullmatch(gap)
                and (hi or 0) < m2.min
                and self._range_gap_ok(gap, qualifier, n, m2)
                and not (_is_year(text, n) and _is_year(text, m2) and nxt_after is None)
            ):
                hi = m2.max
                end = m2.end
                used = 2
                if n.vague or m2.vague:
                    value["vague"] = True
        if qualifier in ("between", "from") and used == 1:
            start = n.start  # "من 5" alone: not a range
            qualifier = None
        after = lex.after.match(text, end)
        measure = "count"
        if after is not None:
            kind, unit = _hit(after, lex.values)
            measure = {"currency": "money", "unit": "duration", "percent": "percent"}[kind]
            if unit != "-":
                value["unit"] = unit
            end = after.end()
        else:
            sym = lex.symbol.search(text, max(0, n.start - 6), n.start)
            if sym is not None and (q is None or sym.start() >= q.end()):
                measure, value["unit"] = "money", _hit(sym, lex.values)[1]
                start = min(start, sym.start())
            elif n.start > 0 and text[n.start - 1] == "%":
                measure, value["unit"], start = "percent", "%", min(start, n.start - 1)
        if measure == "count" and _is_year(text, n) and used == 1 and qualifier is None:
            return None, 0, 0, used  # a bare 2018 is a year, not a count
        per = lex.per.match(text, end)
        if per is not None:
            value["per"] = _hit(per, lex.values)[1]
            end = per.end()
        if qualifier == "more":
            lo, hi = (lo or 0) + (1 if float(lo or 0).is_integer() else 0), None
        elif qualifier == "least":
            hi = None
        elif qualifier == "less":
            lo, hi = None, (hi or 0) - 1
        elif qualifier == "most":
            lo = None
        elif qualifier == "about":
            value["approximate"] = True
        if n.vague and used == 1:
            value["vague"] = True
        out: dict[str, object] = {"min": _num(lo), "max": _num(hi), **value, "measure": measure}
        return out, start, end, used

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


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
