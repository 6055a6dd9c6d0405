"""Gold annotations: the format (docs/evaluation.md), loading, and the article each one names.

A gold file is an analyst's reading of one article. It either names a text file beside it
(``"article"``) or a dataset row (``"dataset"`` + ``"article_id"``), and gives evidence as a quoted
string or as a character span ``"evidence_span": [start, end]`` into the article's text.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.model import Document, Span

ACLED_TYPES: dict[str, frozenset[str]] = {
    "Battles": frozenset(
        {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
    ),
    "Explosions/Remote violence": frozenset(
        {"Chemical weapon", "Air/drone strike", "Suicide bomb",
         "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}
    ),
    "Violence against civilians": frozenset(
        {"Sexual violence", "Attack", "Abduction/forced disappearance"}
    ),
    "Protests": frozenset(
        {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
    ),
    "Riots": frozenset({"Violent demonstration", "Mob violence"}),
    "Strategic developments": frozenset(
        {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
         "Headquarters or base established", "Looting/property destruction",
         "Non-violent transfer of territory", "Other"}
    ),
}
SPECIFICITIES = frozenset({"specific", "recurring", "trend", "historical", "hypothetical", "denied"})
DATASETS = ("saudinewsnet_conflict", "ant_corpus_conflict")

Coding = tuple[str, str | None]
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class GoldError(MarsadError):
    """A gold file is malformed or its article cannot be found."""

    stage = "evaluate"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One event as the analyst coded it: acceptable codings, specificities and places."""

    id: str
    core: bool
    types: tuple[Coding, ...]
    specificity: tuple[str, ...]
    admin1: tuple[str, ...] = ()
    geonames_ids: tuple[int, ...] = ()
    date: tuple[str, str] | None = None
    evidence: Span | None = None
    what: str = ""
    # Killed as (low, best, high; high None: no upper bound), None when the text reports none;
    # ``fatalities_coded`` False when the gold file does not code them at all.
    fatalities: tuple[int, int, int | None] | None = None
    fatalities_coded: bool = False


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A gold file with its article text resolved."""

    name: str
    text: str
    events: tuple[GoldEvent, ...]
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class SystemEvent:
    """The fields of a system event the scorer compares (taken from an ``Extraction``)."""

    id: str
    event_type: str
    sub_event_type: str | None
    specificity: str
    admin1: str | None = None
    geonames_id: int | None = None
    date: tuple[str, str] | None = None
    evidence: Span | None = None
    fatalities: int | None = None  # the best count of killed





def default_data_dir() -> Path:
    """``$MARSAD_SHARED_DATA``, else ``$MARSAD_SHARED/data``, else ``../shared/data`` by the repo."""
    env = os.environ.get("MARSAD_SHARED_DATA")
    if env:
        return Path(env)
    shared = os.environ.get("MARSAD_SHARED")
    if shared:
        return Path(shared) / "data"
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


def gold_files(paths: Iterable[Path]) -> list[Path]:
    """Gold files named or found (recursively, ``*.json`` except ``floors.json``) in directories."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                p for p in sorted(path.rglob("*.json")) if p.name not in {"floors.json"}
            )
        elif path.is_file():
            out.append(path)
        else:
            raise GoldError("no such gold file or directory", str(path))
    return out


def _csv_rows(file: Path) -> Iterator[dict[str, Any]]:
    """Rows of a CSV file with a header; a column ``<prefix>_<key>`` also answers as ``<key>``
    when no column is named ``<key>`` (``unit_id`` -> ``id``, ``article_content`` -> ``content``),
    so CSV datasets are read by the same keys as JSONL rows."""
    with file.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases = {k.rsplit("_", 1)[1]: v for k, v in row.items() if k and "_" in k}
            yield {**{k: v for k, v in aliases.items() if k not in row}, **row}


class DatasetIndex:
    """Dataset rows by id, read lazily from ``<data_dir>/<dataset>/*.jsonl`` (else ``*.csv``)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._rows: dict[str, dict[str, dict[str, Any]]] = {}

    def row(self, dataset: str, article_id: str) -> dict[str, Any]:
        if dataset not in self._rows:
            folder = self.data_dir / dataset
            files = sorted(folder.glob("*.jsonl")) or sorted(folder.glob("*.csv"))
            if not files:
                raise GoldError(f"no JSONL or CSV files for dataset {dataset!r} in {folder}")
            rows: dict[str, dict[str, Any]] = {}
            for file in files:
                for item in _csv_rows(file) if file.suffix == ".csv" else _jsonl_rows(file):
                    rows.setdefault(str(item["id"]), item)
            self._rows[dataset] = rows
        try:
            return self._rows[dataset][article_id]
        except KeyError:
            raise GoldError(f"article {article_id!r} is not in {dataset}") from None


def _jsonl_rows(file: Path) -> Iterator[dict[str, Any]]:
    with file.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield dict(json.loads(line))


def row_published(row: dict[str, Any]) -> str | None:
    """The ISO day a dataset row was published (``date`` or ``date_extracted``); None when the
    row's date is not ISO (``4/5/2017`` could be either day first or month first)."""
    value = row.get("date") or row.get("date_extracted") or row.get("published")
    day = str(value)[:10] if value else ""
    return day if ISO_DAY.fullmatch(day) else None


def load_gold(path: Path, index: DatasetIndex) -> GoldDocument:
    """Read one gold file and the article it names; evidence becomes a span into the text."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"cannot read gold file: {exc}", str(path)) from exc
    published = raw.get("published")
    source = raw.get("source")
    if "article" in raw:
        article = path.parent / str(raw["article"])
        try:
            text = article.read_text(encoding="utf-8")
        except OSError as exc:
            raise GoldError(f"cannot read the article: {exc}", str(path)) from exc
    elif "dataset" in raw and "article_id" in raw:
        row = index.row(str(raw["dataset"]), str(raw["article_id"]))
        text = str(row["content"])
        published = published or row_published(row)
        source = source or row.get("outlet") or row.get("source")
    else:
        raise GoldError("names no article ('article', or 'dataset' + 'article_id')", str(path))
    events = tuple(_gold_event(item, text, str(path)) for item in raw.get("events", []))
    ids = [e.id for e in events]
    if len(set(ids)) != len(ids):
        raise GoldError("duplicate event ids", str(path))
    return GoldDocument(str(path), text, events, published, source)


def _gold_event(item: dict[str, Any], text: str, where: str) -> GoldEvent:
    event_id = str(item.get("id", "?"))

    def fail(why: str) -> GoldError:
        return GoldError(f"event {event_id}: {why}", where)

    types: list[Coding] = []
    for pair in item.get("types") or []:
        event_type, sub = pair[0], pair[1]
        if event_type in ACLED_TYPES:
            if sub not in ACLED_TYPES[event_type]:
                raise fail(f"unknown sub-event type {sub!r} for {event_type!r}")
        elif not str(event_type).startswith("marsad:"):
            raise fail(f"unknown event type {event_type!r}")
        types.append((str(event_type), None if sub is None else str(sub)))
    if not types:
        raise fail("no acceptable coding in 'types'")
    specificity = tuple(str(s) for s in item.get("specificity") or [])
    if not specificity or not set(specificity) <= SPECIFICITIES:
        raise fail(f"bad specificity {specificity!r}")
    evidence: Span | None = None
    if "evidence_span" in item:
        start, end = item["evidence_span"]
        if not 0 <= start < end <= len(text):
            raise fail(f"evidence_span {[start, end]} is outside the article")
        evidence = Span(int(start), int(end))
    elif item.get("evidence"):
        found = text.find(str(item["evidence"]))
        if found < 0:
            raise fail("evidence string is not in the article")
        evidence = Span(found, found + len(str(item["evidence"])))
    date = item.get("date")
    gold_date: tuple[str, str] | None = None
    if date is not None:
        start_day, end_day = str(date["start"])[:10], str(date.get("end") or date["start"])[:10]
        if end_day < start_day:
            raise fail("date end before start")
        gold_date = (start_day, end_day)
    coded = "fatalities" in item
    return GoldEvent(
        fatalities=_gold_fatalities(item.get("fatalities"), fail) if coded else None,
        fatalities_coded=coded,
        id=event_id,
        core=bool(item.get("core", True)),
        types=tuple(types),
        specificity=specificity,
        admin1=tuple(str(a) for a in item.get("admin1") or []),
        geonames_ids=tuple(int(g) for g in item.get("geonames_ids") or []),
        date=gold_date,
        evidence=evidence,
        what=str(item.get("what", "")),
    )


def _gold_fatalities(value: Any, fail: Callable[[str], GoldError]) -> tuple[int, int, int | None] | None:
    """(low, best, high) from ``{"low", "best", "high"}``; null: the text reports no deaths."""
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("best"), int):
        raise fail(f"bad fatalities {value!r}: want null or {{low, best, high}} with a best count")
    best = int(value["best"])
    low = int(value["low"]) if isinstance(value.get("low"), int) else best
    high = int(value["high"]) if isinstance(value.get("high"), int) else None
    if low > best or (high is not None and high < best):
        raise fail(f"fatalities out of order: {low}, {best}, {high}")
    return low, best, high


def gold_to_document(gold: GoldDocument) -> Document:
    """The Document marsad reads for a gold file (same text, publication date and source)."""
    arabic = sum(1 for ch in gold.text if "\u0621" <= ch <= "\u064a")
    latin = sum(1 for ch in gold.text if ch.isascii() and ch.isalpha())
    digest = hashlib.sha256(gold.text.encode("utf-8", "surrogatepass")).hexdigest()
    return Document(
        id=f"sha256:{digest}", text=gold.text, language="ar" if arabic >= latin else "en",
        name=gold.name, source=gold.source, published=gold.published,
    )
