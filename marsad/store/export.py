"""Exports from a store: JSONL (the contract), CSV (ACLED's column names), GeoJSON, Parquet.

Rows are one per event, or one per cluster (events from several articles about one incident).
ACLED's names are used wherever a field corresponds; marsad adds its own columns after them.
Unknown values stay empty (ACLED writes 0 fatalities when none are reported; marsad does not
know that none were, so it leaves the cell empty). Analysts' review decisions travel with the
events (state and corrections), beside the machine's values, never over them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO, Any

import orjson

from marsad.errors import MissingExtra
from marsad.store.protocol import ALL, JSON, EventFilter, Store
from marsad.store.reviews import by_event, corrections, decision_json, review_state

ACLED_COLUMNS = (
    "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
    "actor2", "inter2", "interaction", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
MARSAD_COLUMNS = (
    "specificity", "evidence", "document_id", "event_id", "cluster_id", "cluster_size",
    "cluster_documents", "plover", "confidence", "published", "url", "review_state",
    "review_corrections",
)
COLUMNS = ACLED_COLUMNS + MARSAD_COLUMNS
_INT = {"year", "time_precision", "inter1", "inter2", "geo_precision", "fatalities",
        "cluster_size"}
_FLOAT = {"latitude", "longitude", "confidence"}


def _interaction(a: int | None, b: int | None) -> str | None:
    """ACLED's interaction code: the two inter digits, smaller first; ``X0`` for one side."""
    codes = sorted(c for c in (a, b) if c is not None)
    if not codes:
        return None
    return f"{codes[0]}0" if len(codes) == 1 else f"{codes[0]}{codes[1]}"


def event_row(e: JSON, decisions: list[JSON] | None = None) -> JSON:
    """One stored event (``Store.iter_events``) and its review decisions as an export row in
    :data:`COLUMNS`; ``review_corrections`` maps each corrected field to its new value."""
    date = e.get("date_start")
    fixed = corrections(decisions or [])
    return {
        "event_date": date,
        "year": int(date[:4]) if date else None,
        "time_precision": e.get("time_precision"),
        "event_type": e["event_type"],
        "sub_event_type": e.get("sub_event_type"),
        "actor1": e.get("actor1_name"),
        "inter1": e.get("actor1_type"),
        "actor2": e.get("actor2_name"),
        "inter2": e.get("actor2_type"),
        "interaction": _interaction(e.get("actor1_type"), e.get("actor2_type")),
        "country": e.get("country"),
        "admin1": e.get("admin1"),
        "admin2": e.get("admin2"),
        "admin3": e.get("admin3"),
        "location": e.get("location_name") or e.get("location_text"),
        "latitude": e.get("lat"),
        "longitude": e.get("lon"),
        "geo_precision": e.get("geo_precision"),
        "source": e.get("source"),
        "notes": e.get("notes"),
        "fatalities": e.get("fatalities_best"),
        "specificity": e["specificity"],
        "evidence": orjson.dumps(e.get("evidence", [])).decode("utf-8"),
        "document_id": e["document_id"],
        "event_id": e["event_id"],
        "cluster_id": e.get("cluster_id"),
        "cluster_size": 1,
        "cluster_documents": e["document_id"],
        "plover": e.get("plover"),
        "confidence": e.get("confidence"),
        "published": e.get("published"),
        "url": e.get("url"),
        "review_state": review_state(decisions or []),
        "review_corrections": orjson.dumps(fixed).decode("utf-8") if fixed else None,
    }


def rows(store: Store, where: EventFilter = ALL, per_cluster: bool = False,
         without_rejected: bool = False) -> Iterator[JSON]:
    """Export rows: one per event, or (``per_cluster``) one per cluster of events; with
    ``without_rejected``, events an analyst rejected are left out (before clustering)."""
    reviews = by_event(store.iter_reviews())
    events = (event_row(e, reviews.get((e["document_id"], e["event_id"])))
              for e in store.iter_events(where))
    if without_rejected:
        events = (row for row in events if row["review_state"] != "rejected")
    if not per_cluster:
        yield from events
        return
    groups: dict[str, list[JSON]] = {}
    for row in events:
        groups.setdefault(row["cluster_id"] or f"{row['document_id']}#{row['event_id']}",
                          []).append(row)
    for members in groups.values():
        yield cluster_row(members)


def cluster_row(members: list[JSON]) -> JSON:
    """One row for a cluster: the most precisely placed, most confident member speaks for it;
    fatalities are the lowest reported figure (ACLED's conservative rule)."""
    best = min(members, key=lambda r: (r["geo_precision"] or 4, -(r["confidence"] or 0.0),
                                       r["document_id"]))
    figures = [r["fatalities"] for r in members if r["fatalities"] is not None]
    docs = sorted({r["document_id"] for r in members})
    sources = sorted({r["source"] for r in members if r["source"]})
    evidence = [{"document_id": r["document_id"], "event_id": r["event_id"],
                 "evidence": orjson.loads(r["evidence"])} for r in members]
    return {
        **best,
        "fatalities": min(figures) if figures else None,
        "source": "; ".join(sources) or None,
        "cluster_size": len(members),
        "cluster_documents": "; ".join(docs),
        "evidence": orjson.dumps(evidence).decode("utf-8"),
    }


def write_jsonl(store: Store, out: IO[bytes], where: EventFilter = ALL,
                without_rejected: bool = False) -> int:
    """One contract object per document, as ``marsad extract`` writes it, each event also
    carrying its ``reviews`` and ``review_state`` (as ``GET /api/export``); the count."""
    reviews = by_event(store.iter_reviews())
    n = 0
    for contract in store.iter_contracts(where):
        kept = []
        for event in contract["events"]:
            decisions = reviews.get((contract["document"]["id"], event["id"]), [])
            event["reviews"] = [decision_json(d) for d in decisions]
            event["review_state"] = review_state(decisions)
            if not (without_rejected and event["review_state"] == "rejected"):
                kept.append(event)
        contract["events"] = kept
        out.write(orjson.dumps(contract) + b"\n")
        n += 1
    return n


def write_csv(items: Iterable[JSON], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in items:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        n += 1
    return n


def feature_collection(items: Iterable[JSON]) -> JSON:
    """A GeoJSON FeatureCollection; events without coordinates keep a null geometry."""
    features = []
    for row in items:
        lat, lon = row.get("latitude"), row.get("longitude")
        geometry = None if lat is None or lon is None else {"type": "Point",
                                                            "coordinates": [lon, lat]}
        props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "id": row["cluster_id"] if row["cluster_size"] > 1
                         else f"{row['document_id']}#{row['event_id']}",
                         "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(items: Iterable[JSON], out: IO[bytes]) -> int:
    collection = feature_collection(items)
    out.write(orjson.dumps(collection) + b"\n")
    return len(collection["features"])


def parquet_schema() -> Any:
    try:
        import pyarrow as pa
    except ImportError as exc:
        raise MissingExtra("parquet", "pyarrow") from exc
    return pa.schema([
        (c, pa.int64() if c in _INT else pa.float64() if c in _FLOAT else pa.string())
        for c in COLUMNS
    ])


def write_parquet(items: Iterable[JSON], path: str, batch: int = 10_000) -> int:
    """Rows to a Parquet file in batches (memory stays bounded); the count."""
    schema = parquet_schema()
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        buffer: list[JSON] = []
        for row in items:
            buffer.append(row)
            if len(buffer) >= batch:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                n, buffer = n + len(buffer), []
        if buffer or n == 0:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            n += len(buffer)
    return n
