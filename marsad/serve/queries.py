"""The read layer of ``marsad serve``: filtered, paginated views over the store's tables.

It runs SQL through the store backend's row iterator (``?`` placeholders, portable SQL, so the
same queries serve SQLite and PostgreSQL). Every value is a bound parameter; the only SQL chosen
at run time comes from the fixed maps below, never from request text.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from marsad.serve.places import placement
from marsad.store.reviews import review_state

JSON = dict[str, Any]
Rows = Callable[[str, Sequence[Any]], Iterator[JSON]]

_EXACT = {
    "event_type": "e.event_type = ?",
    "sub_event_type": "e.sub_event_type = ?",
    "specificity": "e.specificity = ?",
    "admin1": "e.admin1 = ?",
    "source": "d.source = ?",
    "document": "e.document_id = ?",
    "cluster": "c.cluster_id = ?",
}
_FLAG = "MAX(CASE WHEN l.action = '{}' THEN 1 ELSE 0 END) = 1"
# An event's review state from the latest decision on each of its fields.
_STATE = (
    "SELECT l.document_id, l.event_id, CASE WHEN " + _FLAG.format("reject") + " THEN 'rejected'"
    " WHEN " + _FLAG.format("correct") + " THEN 'corrected' ELSE 'accepted' END AS state"
    " FROM reviews l WHERE l.id IN (SELECT MAX(id) FROM reviews WHERE event_id IS NOT NULL"
    " GROUP BY document_id, event_id, field) GROUP BY l.document_id, l.event_id"
)
_DOCS = " JOIN documents d ON d.id = e.document_id"
_CLUSTERS = (" LEFT JOIN event_clusters c ON c.document_id = e.document_id"
             " AND c.event_id = e.event_id")
_STATES = f" LEFT JOIN ({_STATE}) r ON r.document_id = e.document_id AND r.event_id = e.event_id"
_FROM = " FROM events e" + _DOCS + _CLUSTERS + _STATES
_COLS = (
    "SELECT e.*, d.title, d.source, d.published, d.language, d.url, c.cluster_id,"
    " r.state AS review_state"
)
# Newest first, undated last, a stable tie-break; the store's date index serves it.
_ORDER = " ORDER BY e.date_start DESC NULLS LAST, e.document_id DESC, e.event_id DESC"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the analyst asks for; None means 'any'."""

    event_type: str | None = None
    sub_event_type: str | None = None
    specificity: str | None = None
    admin1: str | None = None
    source: str | None = None
    document: str | None = None
    cluster: str | None = None
    actor: str | None = None
    place: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    review: str | None = None

    def joins(self) -> str:
        """Only the joins this filter needs (counting over all of them is the slow part)."""
        return ((_DOCS if self.source is not None else "")
                + (_CLUSTERS if self.cluster is not None else "")
                + (_STATES if self.review is not None else ""))

    def where(self) -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        for name, cond in _EXACT.items():
            value = getattr(self, name)
            if value is not None:
                conds.append(cond)
                params.append(value)
        if self.actor is not None:
            conds.append("(e.actor1_id = ? OR e.actor2_id = ? OR e.actor1_name = ? OR e.actor2_name = ?)")
            params += [self.actor] * 4
        if self.place is not None:
            conds.append("(e.location_name = ? OR e.location_text = ? OR e.admin1 = ? OR e.admin2 = ?)")
            params += [self.place] * 4
        # A date range keeps events whose span overlaps it; an undated event is in no range.
        if self.date_from is not None:
            conds.append("COALESCE(e.date_end, e.date_start) >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to is not None:
            conds.append("e.date_start <= ?")
            params.append(self.date_to.isoformat())
        if self.review == "unreviewed":
            conds.append("r.state IS NULL")
        elif self.review == "reviewed":
            conds.append("r.state IS NOT NULL")
        elif self.review is not None:
            conds.append("r.state = ?")
            params.append(self.review)
        return (" WHERE " + " AND ".join(conds) if conds else ""), params


def event_key(document_id: str, event_id: str) -> str:
    return f"{document_id}/{event_id}"


def _compact(row: JSON) -> JSON:
    """The contract's event shape rebuilt from the indexed columns (no evidence spans)."""
    def actor(n: int) -> JSON | None:
        if row[f"actor{n}_id"] is None:
            return None
        return {"id": row[f"actor{n}_id"], "name": row[f"actor{n}_name"], "type": row[f"actor{n}_type"]}
    has_place = row["location_text"] is not None or row["admin1"] is not None
    fat = None if row["fatalities_best"] is None else {
        "low": row["fatalities_low"], "best": row["fatalities_best"], "high": row["fatalities_high"]}
    return {
        "id": row["event_id"], "event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
        "plover": row["plover"], "specificity": row["specificity"],
        "date": {"start": row["date_start"], "end": row["date_end"],
                 "time_precision": row["time_precision"]},
        "location": {k: row[c] for k, c in (
            ("name", "location_name"), ("text", "location_text"), ("admin1", "admin1"),
            ("admin2", "admin2"), ("admin3", "admin3"), ("country", "country"), ("lat", "lat"),
            ("lon", "lon"), ("geo_precision", "geo_precision"))} if has_place else None,
        "actor1": actor(1), "actor2": actor(2), "fatalities": fat,
        "confidence": row["confidence"], "notes": row["notes"],
    }


def _item(row: JSON, event: JSON) -> JSON:
    how, area = placement(event)
    return {
        "key": event_key(row["document_id"], row["event_id"]),
        "document_id": row["document_id"], "event_id": row["event_id"],
        "review_state": row["review_state"] or "unreviewed", "cluster_id": row["cluster_id"],
        "placement": how,
        "area": None if area is None else
        {"pcode": area.pcode, "name_en": area.name_en, "name_ar": area.name_ar},
        "document": {k: row[k] for k in ("title", "source", "published", "language", "url")},
        "event": event,
    }


def list_events(rows: Rows, f: EventFilter, limit: int, offset: int) -> tuple[list[JSON], int]:
    """One page of events: keys chosen on the events table, then details for that page only."""
    where, params = f.where()
    base = " FROM events e" + f.joins() + where
    (total,) = rows("SELECT COUNT(*) AS n" + base, params)
    keys = [(r["document_id"], r["event_id"]) for r in rows(
        "SELECT e.document_id, e.event_id" + base + _ORDER + " LIMIT ? OFFSET ?",
        [*params, limit, offset])]
    if not keys:
        return [], int(total["n"])
    pairs = ", ".join("(?, ?)" for _ in keys)
    flat = [x for k in keys for x in k]
    found = {(r["document_id"], r["event_id"]): r for r in rows(
        "SELECT e.*, d.title, d.source, d.published, d.language, d.url, c.cluster_id"
        " FROM events e" + _DOCS + _CLUSTERS
        + f" WHERE (e.document_id, e.event_id) IN (VALUES {pairs})", flat)}
    states = _states(rows, sorted({k[0] for k in keys}))
    items = []
    for k in keys:
        r = found[k]
        r["review_state"] = states.get(k)
        items.append(_item(r, _compact(r)))
    return items, int(total["n"])


def _states(rows: Rows, document_ids: list[str]) -> dict[tuple[str, str], str]:
    """Review state of the reviewed events among these documents' (others are unreviewed)."""
    marks = ", ".join("?" for _ in document_ids)
    by_event: dict[tuple[str, str], list[JSON]] = {}
    for r in rows(f"SELECT document_id, event_id, field, action FROM reviews"
                  f" WHERE document_id IN ({marks}) AND event_id IS NOT NULL ORDER BY id", document_ids):
        by_event.setdefault((r["document_id"], r["event_id"]), []).append(r)
    return {k: review_state(v) for k, v in by_event.items()}


def get_event(rows: Rows, document_id: str, event_id: str) -> JSON | None:
    """One event as the contract has it (with evidence spans), its document and its reviews."""
    found = list(rows(_COLS + _FROM + " WHERE e.document_id = ? AND e.event_id = ?",
                      [document_id, event_id]))
    if not found:
        return None
    contract = _contract(rows, document_id)
    event = next(e for e in contract["events"] if e["id"] == event_id) if contract else _compact(found[0])
    out = _item(found[0], event)
    ds = decisions(rows, document_id, event_id)
    latest = {d["field"]: d for d in ds}
    out["reviews"] = ds
    out["fields"] = {f: _field_view(event, f, latest.get(f)) for f in REVIEW_FIELDS if f != "event"}
    return out


REVIEW_FIELDS = (
    "event", "event_type", "sub_event_type", "specificity", "actor1", "actor2", "location",
    "date", "fatalities", "attribution",
)


def _field_view(event: JSON, field: str, latest: JSON | None) -> JSON:
    """Machine value, the analyst's latest decision on it, and the value that stands."""
    machine = event.get(field)
    current = machine
    if latest is not None and latest["action"] != "accept":
        current = latest["value"] if latest["action"] == "correct" else None
    return {"machine": machine, "review": latest, "current": current}


def decisions(rows: Rows, document_id: str, event_id: str) -> list[JSON]:
    """All decisions on one event, oldest first; the machine's values stay in the contract."""
    found = rows("SELECT id, field, action, value, reviewer, decided_at, note FROM reviews"
                 " WHERE document_id = ? AND event_id = ? ORDER BY id", [document_id, event_id])
    return [{"id": r["id"], "field": r["field"], "action": r["action"],
             "value": None if r["value"] is None else orjson.loads(r["value"]),
             "reviewer": r["reviewer"], "at": r["decided_at"], "note": r["note"]} for r in found]


def list_reviews(rows: Rows, limit: int, offset: int) -> tuple[list[JSON], int]:
    (total,) = rows("SELECT COUNT(*) AS n FROM reviews", [])
    found = rows("SELECT id, document_id, event_id, field, action, value, reviewer, decided_at, note"
                 " FROM reviews ORDER BY id LIMIT ? OFFSET ?", [limit, offset])
    return [{**r, "value": None if r["value"] is None else orjson.loads(r["value"])} for r in found], int(total["n"])


def _contract(rows: Rows, document_id: str) -> JSON | None:
    found = list(rows("SELECT contract FROM documents WHERE id = ?", [document_id]))
    return orjson.loads(found[0]["contract"]) if found else None


def list_documents(rows: Rows, source: str | None, limit: int, offset: int) -> tuple[list[JSON], int]:
    where, params = (" WHERE d.source = ?", [source]) if source is not None else ("", [])
    (total,) = rows("SELECT COUNT(*) AS n FROM documents d" + where, params)
    found = rows(
        "SELECT d.id, d.name, d.source, d.url, d.language, d.published, d.title,"
        " (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS events FROM documents d"
        + where + " ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT ? OFFSET ?",
        [*params, limit, offset])
    return list(found), int(total["n"])


def get_document(rows: Rows, document_id: str) -> JSON | None:
    """The stored contract (text, mentions, events) with each event's key and review state."""
    contract = _contract(rows, document_id)
    if contract is None:
        return None
    for e in contract["events"]:
        e["key"] = event_key(document_id, e["id"])
        e["review_state"] = review_state(decisions(rows, document_id, e["id"]))
    return contract


def export_documents(rows: Rows, limit: int, offset: int) -> tuple[list[JSON], int]:
    """Stored contract objects, each event with its review decisions beside the machine's values."""
    (total,) = rows("SELECT COUNT(*) AS n FROM documents", [])
    ids = [r["id"] for r in rows("SELECT id FROM documents ORDER BY id LIMIT ? OFFSET ?", [limit, offset])]
    out = []
    for doc_id in ids:
        contract = _contract(rows, doc_id)
        assert contract is not None
        for e in contract["events"]:
            e["reviews"] = decisions(rows, doc_id, e["id"])
            e["review_state"] = review_state(e["reviews"])
        out.append(contract)
    return out, int(total["n"])


def week_start(day: str) -> str:
    """ACLED's data week runs Saturday to Friday: the Saturday on or before ``day``."""
    d = dt.date.fromisoformat(day[:10])
    return (d - dt.timedelta(days=(d.weekday() + 2) % 7)).isoformat()


_BY = {"type": "e.event_type", "admin1": "e.admin1", "week": "e.date_start",
       "specificity": "e.specificity", "source": "d.source"}


def counts(rows: Rows, by: str, f: EventFilter) -> list[JSON]:
    """Event counts by type, admin1, week...; undated events count under null, not in a week."""
    where, params = f.where()
    column = _BY[by]
    joins = f.joins()
    if by == "source" and _DOCS not in joins:
        joins = _DOCS + joins
    tally: Counter[str | None] = Counter()
    for r in rows(f"SELECT {column} AS k, COUNT(*) AS n FROM events e" + joins + where
                  + f" GROUP BY {column}", params):
        tally[week_start(r["k"]) if by == "week" and r["k"] else r["k"]] += int(r["n"])
    ordered = sorted(tally.items(), key=lambda kv: (kv[0] is None, kv[0] if by == "week" else -kv[1], kv[0] or ""))
    return [{"key": k, "count": n} for k, n in ordered]


def facets(rows: Rows) -> JSON:
    """Distinct values the filters can take (the page's drop-downs)."""
    def distinct(sql: str) -> list[Any]:
        return [r["v"] for r in rows(sql, []) if r["v"] is not None]
    return {
        "event_type": distinct("SELECT DISTINCT event_type AS v FROM events ORDER BY 1"),
        "sub_event_type": distinct("SELECT DISTINCT sub_event_type AS v FROM events ORDER BY 1"),
        "specificity": distinct("SELECT DISTINCT specificity AS v FROM events ORDER BY 1"),
        "admin1": distinct("SELECT DISTINCT admin1 AS v FROM events ORDER BY 1"),
        "source": distinct("SELECT DISTINCT source AS v FROM documents ORDER BY 1"),
        "actor": distinct("SELECT actor1_name AS v FROM events UNION SELECT actor2_name AS v"
                          " FROM events ORDER BY 1"),
        "review": ["unreviewed", "reviewed", "accepted", "corrected", "rejected"],
    }


def clusters(rows: Rows, limit: int, offset: int) -> tuple[list[JSON], int]:
    """Cross-document clusters the store linked, biggest first, with their member events."""
    (total,) = rows("SELECT COUNT(DISTINCT cluster_id) AS n FROM event_clusters", [])
    found = list(rows("SELECT cluster_id, COUNT(*) AS size FROM event_clusters GROUP BY cluster_id"
                      " ORDER BY size DESC, cluster_id LIMIT ? OFFSET ?", [limit, offset]))
    out = []
    for c in found:
        members = rows("SELECT document_id, event_id FROM event_clusters WHERE cluster_id = ?"
                       " ORDER BY document_id, event_id", [c["cluster_id"]])
        out.append({"id": c["cluster_id"], "size": int(c["size"]),
                    "events": [event_key(m["document_id"], m["event_id"]) for m in members]})
    return out, int(total["n"])
