"""Frozen value types shared by every stage: documents, spans, mentions, events, rejections.

No I/O here. Offsets are Python ``str`` indices, half-open ``[start, end)``, always into the
document text as decoded (the original), never into a normalised view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Language = Literal["ar", "en"]
MentionKind = Literal[
    "actor", "place", "quantity", "date", "trigger", "attribution", "framing", "casualty", "cue"
]
Specificity = Literal["specific", "recurring", "trend", "historical", "hypothetical", "denied"]
RejectReason = Literal[
    "empty",
    "binary",
    "undecodable",
    "too-large",
    "unsupported-language",
    "duplicate",
    "unreadable",
    "malformed",
]
GeoPrecision = Literal[1, 2, 3]
TimePrecision = Literal[1, 2, 3]

# Anything a mention's value may hold once serialised: plain JSON.
JSONValue = Any


@dataclass(frozen=True, slots=True)
class Span:
    """A non-empty half-open character range ``[start, end)`` into the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The characters this span points at."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Document:
    """Decoded text with its provenance; ``id`` is ``sha256:`` of the UTF-8 text."""

    id: str
    text: str
    language: Language
    name: str
    input_id: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not be processed, with the reason; it is reported, never dropped."""

    document: str
    reason: RejectReason
    detail: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One recogniser's finding: what kind, where (original offsets), its text and value."""

    kind: MentionKind
    span: Span
    text: str
    value: JSONValue
    recogniser: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number or range, possibly vague, with optional unit and per-unit."""

    min: float | None
    max: float | None
    unit: str | None = None
    per: str | None = None
    vague: bool = False
    approximate: bool = False

    def as_value(self) -> dict[str, JSONValue]:
        out: dict[str, JSONValue] = {"min": _num(self.min), "max": _num(self.max)}
        if self.unit is not None:
            out["unit"] = self.unit
        if self.per is not None:
            out["per"] = self.per
        if self.vague:
            out["vague"] = True
        if self.approximate:
            out["approximate"] = True
        return out


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved (or unresolved) date range with ACLED time precision and its evidence."""

    start: str | None
    end: str | None
    time_precision: TimePrecision | None
    text: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved (or not) against the gazetteer."""

    text: str
    span: Span
    name: str | None = None
    geonames_id: int | None = None
    id_scheme: str | None = None
    place_id: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: GeoPrecision | None = None
    candidates: tuple[dict[str, JSONValue], ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor reference: canonical id/name, ACLED inter code, and the words that name it."""

    id: str
    name: str
    type: int
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Fatalities:
    """Killed counts as ``low <= best <= high`` (best by ACLED's rule) with evidence."""

    low: int
    best: int
    high: int
    text: str
    span: Span
    wounded: int | None = None

    def __post_init__(self) -> None:
        if not self.low <= self.best <= self.high:
            raise ValueError(f"fatalities out of order: {self.low}, {self.best}, {self.high}")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says so: speaker, type, intermediary and the reporting verb."""

    id: str
    speaker: str
    speaker_type: str
    text: str
    span: Span
    via: str | None = None
    verb: str | None = None


@dataclass(frozen=True, slots=True)
class Framing:
    """A loaded term or formula and what it signals."""

    cue: str
    reading: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with every argument pointing at its evidence."""

    id: str
    event_type: str
    sub_event_type: str | None
    plover: str | None
    specificity: Specificity
    trigger: Trigger
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Place | None = None
    date: DateValue = field(default_factory=lambda: DateValue(None, None, None))
    fatalities: Fatalities | None = None
    quantities: tuple[Mention, ...] = ()
    attribution: str | None = None
    framing: tuple[Framing, ...] = ()
    confidence: float = 0.5
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything marsad read in one document."""

    document: Document
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...] = ()
    attributions: tuple[Attribution, ...] = ()
