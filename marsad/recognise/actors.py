"""Time-aware actor dictionary: names of armed forces, groups and generic actors -> ACLED actors.

Aliases (actor_aliases.tsv) point at keys; a key has one row per period (actors.tsv), and the
document's publication date picks the row. With no date, the most recent row is used and the
value says so (``as_of`` null, the other readings in ``alternatives``). Generic actors
(Unidentified Armed Group, Civilians, Protesters, ...) take the document's country: the country
most often named by the place mentions found before (ties: the one named first); with no place,
the name has no country suffix.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.model import Mention, Span
from marsad.recognise.actor_base import QAEDA, base_readings
from marsad.text.lexicon import QUOTE_MARKS, LexiconMatch, PhraseLexicon, longest
from marsad.text.lexicon import unquoted as scanned_unquoted
from marsad.text.segment import Tokens
from marsad.text.view import TextView

NAME = "marsad.actors.v1"
QUOTES = QUOTE_MARKS  # what the shared scan leaves out of the quote-free tokens
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DOC_COUNTRY = "*"
BLOCKER = "-"


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One actor in one period."""

    key: str
    id: str
    name: str
    inter: int
    country: str | None
    valid_from: str | None
    valid_to: str | None

    def covers(self, day: str) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day < self.valid_to
        )


@dataclass(frozen=True, slots=True)
class Alias:
    """One reading of an alias: the actor key, the framing it carries, the countries it needs."""

    key: str
    signals: tuple[str, ...]
    context: frozenset[str]


@dataclass(frozen=True, slots=True)
class ActorTable:
    rows: dict[str, list[ActorRow]]
    countries: dict[str, str]
    lexicon: PhraseLexicon[tuple[Alias, ...]]


def _data_lines(filename: str) -> list[list[str]]:
    text = resources.files("marsad.recognise").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def actor_table() -> ActorTable:
    """The actor rows, country names and alias lexicon, loaded once per process."""
    rows: dict[str, list[ActorRow]] = {}
    for key, aid, name, inter, country, start, end in _data_lines("actors.tsv"):
        rows.setdefault(key, []).append(
            ActorRow(key, aid, name, int(inter), country or None, start or None, end or None)
        )
    for group in rows.values():
        group.sort(key=lambda r: r.valid_from or "")
    countries = {iso: name for iso, name in _data_lines("actor_countries.tsv")}
    readings: dict[str, list[Alias]] = {}
    for fields in _data_lines("actor_aliases.tsv"):
        alias, key = fields[0], fields[1]
        signals = tuple(s for s in (fields[2] if len(fields) > 2 else "").split(",") if s)
        context = frozenset(c for c in (fields[3] if len(fields) > 3 else "").split(",") if c)
        if key != BLOCKER and key not in rows:
            raise ValueError(f"actor alias {alias!r} points at unknown key {key!r}")
        readings.setdefault(alias, []).append(Alias(key, signals, context))
    lexicon: PhraseLexicon[tuple[Alias, ...]] = PhraseLexicon(
        (alias, tuple(values)) for alias, values in readings.items()
    )
    return ActorTable(rows, countries, lexicon)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the actor, attribution and framing recognisers all read: unquoted tokens, their
    indices among all tokens, and the original start offsets of all tokens (a kept token's is
    ``every[index[i]]``: no list of them is built)."""

    kept: Tokens
    index: Sequence[int]
    every: list[int]


_LAST: list[tuple[TextView, Prepared]] = []


def prepared(view: TextView) -> Prepared:
    """``Prepared`` for ``view``, computed once for the consecutive recognisers that share it."""
    if _LAST and _LAST[0][0] is view:
        return _LAST[0][1]
    toks = view.tokens
    every = view.token_original_starts  # shared with the recognisers that read all tokens
    if QUOTES.isdisjoint(toks.texts):
        result = Prepared(toks, range(len(toks)), every)
    else:
        kept, index = scanned_unquoted(toks)  # the very lists the shared lexicon scan reads
        result = Prepared(kept, index, every)
    _LAST[:] = [(view, result)]
    return result


def closing_quote_end(toks: Tokens, first: int, last: int) -> int:
    """End of ``toks[first..last]``, widened over a closing quote when a quote opened inside."""
    texts, ends = toks.texts, toks.ends
    inside = sum(map(QUOTES.__contains__, texts[first : last + 1]))
    if inside % 2 == 1 and last + 1 < len(texts) and texts[last + 1] in QUOTES:
        return ends[last + 1]
    return ends[last]


def kept_range(prep: Prepared, span: Span) -> tuple[int, int] | None:
    """``token_range`` over the kept tokens: a kept token starts at or before an offset when
    its index among all tokens does, so two bisects through ``every`` and ``index`` answer it."""
    every, index = prep.every, prep.index
    first = bisect_right(index, bisect_right(every, span.start) - 1) - 1
    last = bisect_left(index, bisect_left(every, span.end)) - 1
    if first < 0 or last < first:
        return None
    return first, last


def token_range(starts: Sequence[int], span: Span) -> tuple[int, int] | None:
    """First and last token index covering an original ``span``, given ``original_starts``."""
    first = bisect_right(starts, span.start) - 1
    last = bisect_left(starts, span.end) - 1
    if first < 0 or last < first:
        return None
    return first, last


def publication_day(view: TextView) -> str | None:
    """The ISO day the document was published, when known."""
    published = view.document.published
    if published and _ISO_DATE.match(published):
        return published[:10]
    return None


def document_country(found: Sequence[Mention]) -> str | None:
    """The country the places found so far name most often (ties: the first named)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in found:
        if m.kind == "place" and isinstance(m.value, dict):
            country = m.value.get("country")
            if isinstance(country, str) and country:
                counts[country] += 1
                first.setdefault(country, m.span.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def choose_reading(readings: Sequence[Alias], country: str | None) -> Alias | None:
    """The reading whose context names the document's country, else the context-free one."""
    for alias in readings:
        if country is not None and country in alias.context:
            return alias
    for alias in readings:
        if not alias.context:
            return alias
    return None


def _bases(texts: Sequence[str], kept: Sequence[LexiconMatch[tuple[Alias, ...]]]) -> set[int]:
    """Indices of ``kept`` where a bare "القاعدة" names a base (``base_readings``)."""
    keys = [frozenset(a.key for a in m.value) for m in kept]
    blocked = [BLOCKER in k for k in keys]
    return base_readings(texts, kept, keys, blocked)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class ActorRecogniser:
    """Finds actor names; the value is the ACLED actor for the document's date and country."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("actor",)

    def __init__(self) -> None:
        self.table = actor_table()
        qaeda = dict(self.table.lexicon.surfaces()).get(QAEDA)
        self._qaeda = qaeda[0].value if qaeda else None  # the bare word's readings
        # Readings that block a name (a BLOCKER row), by identity: tested once at load.
        self._blocked = frozenset(
            id(e.value) for _, entries in self.table.lexicon.surfaces() for e in entries
            if any(a.key == BLOCKER for a in e.value))
        self._values: dict[tuple[int, str | None, str | None],
                           tuple[tuple[Alias, ...], dict[str, object] | None]] = {}

    def resolve(
        self, alias: Alias, day: str | None, country: str | None
    ) -> dict[str, object] | None:
        """The actor value for one alias reading, or None when no row covers ``day``."""
        rows = self.table.rows[alias.key]
        if day is not None:
            dated = [r for r in rows if r.covers(day)]
            if not dated:
                return None
            row, others = dated[-1], []
        else:
            row = rows[-1]
            others = sorted({r.id for r in rows if r.id != row.id})
        name, aid, actor_country = row.name, row.id, row.country
        if row.country == _DOC_COUNTRY:
            actor_country = country
            label = self.table.countries.get(country, country) if country else None
            if label:
                name, aid = f"{row.name} ({label})", f"{row.id}-{_slug(label)}"
        value: dict[str, object] = {
            "id": aid,
            "name": name,
            "type": row.inter,
            "country": actor_country,
            "key": row.key,
            "period": [row.valid_from, row.valid_to],
            "as_of": day,
        }
        if others:
            value["alternatives"] = others
        if alias.signals:
            value["framing"] = list(alias.signals)
        return value

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        prep = prepared(view)
        matches = self.table.lexicon.matches(prep.kept)
        if not matches:
            return []
        toks = view.tokens
        index = prep.index
        day = publication_day(view)
        country = document_country(found)
        out: list[Mention] = []
        kept = longest(matches)
        # (the filter inside the generator: it yields, and is resumed, only at a bare القاعدة)
        bases = _bases(prep.kept.texts, kept) if any(
            True for m in kept if m.value is self._qaeda and m.first_token == m.last_token) else set()
        match: LexiconMatch[tuple[Alias, ...]]
        for n, match in enumerate(kept):
            if n in bases:
                continue  # "القاعدة" naming a military base (actor_base)
            value = self._value(match.value, day, country)
            if value is None:
                continue
            end = closing_quote_end(toks, index[match.first_token], index[match.last_token])
            span = view.span(match.start, end)
            out.append(Mention("actor", span, span.of(view.original), value, self.name))
        return out

    def _value(
        self, readings: tuple[Alias, ...], day: str | None, country: str | None
    ) -> dict[str, object] | None:
        """The value for an alias's readings (``resolve`` of the chosen one), remembered by
        readings, day and country; each call gets its own copy."""
        key = (id(readings), day, country)
        known = self._values.get(key)
        if known is None or known[0] is not readings:
            value = None
            if id(readings) not in self._blocked:  # (``readings``: a lexicon value)
                reading = choose_reading(readings, country)
                if reading is not None:
                    value = self.resolve(reading, day, country)
            if len(self._values) > 50_000:
                self._values.clear()
            known = self._values[key] = (readings, value)
        template = known[1]
        if template is None:
            return None
        value = template.copy()
        for name in ("period", "alternatives", "framing"):
            if name in value:
                value[name] = list(value[name])  # type: ignore[call-overload]
        return value
