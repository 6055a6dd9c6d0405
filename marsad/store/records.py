"""Contract object -> the rows a store writes (documents, events, evidence, mentions).

Pure and picklable, so worker processes build the rows and the single writer only inserts them.
The contract JSON is kept verbatim: ``export --format jsonl`` writes exactly what ``extract`` wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

JSON = dict[str, Any]

DOCUMENT_COLUMNS = (
    "id", "input_id", "name", "source", "url", "language", "published", "title", "contract",
)
EVENT_COLUMNS = (
    "document_id", "event_id", "event_type", "sub_event_type", "plover", "specificity",
    "date_start", "date_end", "time_precision", "location_name", "location_text", "admin1",
    "admin2", "admin3", "country", "lat", "lon", "geo_precision", "actor1_id", "actor1_name",
    "actor1_type", "actor2_id", "actor2_name", "actor2_type", "fatalities_low", "fatalities_best",
    "fatalities_high", "confidence", "notes",
)
EVIDENCE_COLUMNS = ("document_id", "event_id", "field", "text", "start_offset", "end_offset")
MENTION_COLUMNS = (
    "document_id", "idx", "kind", "text", "start_offset", "end_offset", "value", "recogniser",
)
# Event fields whose evidence (text + span) goes into the evidence table, in this order.
EVIDENCE_FIELDS = ("trigger", "actor1", "actor2", "location", "date", "fatalities")


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """Everything one document adds to a store, as plain tuples in the column orders above."""

    document: tuple[Any, ...]
    events: tuple[tuple[Any, ...], ...]
    evidence: tuple[tuple[Any, ...], ...]
    mentions: tuple[tuple[Any, ...], ...]

    @property
    def id(self) -> str:
        return str(self.document[0])


def records_for(contract: JSON) -> DocumentRecord:
    """The rows for one ``to_contract`` object."""
    doc = contract["document"]
    doc_id = doc["id"]
    document = (
        doc_id, doc.get("input_id"), doc.get("name"), doc.get("source"), doc.get("url"),
        doc.get("language"), doc.get("published"), doc.get("title"),
        orjson.dumps(contract).decode("utf-8"),
    )
    events, evidence = [], []
    for event in contract.get("events", []):
        events.append(_event_row(doc_id, event))
        for name in EVIDENCE_FIELDS:
            value = event.get(name)
            if isinstance(value, dict) and value.get("span") and value.get("text") is not None:
                start, end = value["span"]
                evidence.append((doc_id, event["id"], name, value["text"], start, end))
    mentions = tuple(
        (doc_id, i, m["kind"], m["text"], m["span"][0], m["span"][1],
         orjson.dumps(m.get("value")).decode("utf-8"), m.get("recogniser"))
        for i, m in enumerate(contract.get("mentions", []))
    )
    return DocumentRecord(document, tuple(events), tuple(evidence), mentions)


def _event_row(doc_id: str, e: JSON) -> tuple[Any, ...]:
    loc = e.get("location") or {}
    date = e.get("date") or {}
    a1 = e.get("actor1") or {}
    a2 = e.get("actor2") or {}
    fat = e.get("fatalities") or {}
    return (
        doc_id, e["id"], e["event_type"], e.get("sub_event_type"), e.get("plover"),
        e["specificity"], date.get("start"), date.get("end"), date.get("time_precision"),
        loc.get("name"), loc.get("text"), loc.get("admin1"), loc.get("admin2"), loc.get("admin3"),
        loc.get("country"), loc.get("lat"), loc.get("lon"), loc.get("geo_precision"),
        a1.get("id"), a1.get("name"), a1.get("type"), a2.get("id"), a2.get("name"), a2.get("type"),
        fat.get("low"), fat.get("best"), fat.get("high"), e.get("confidence"), e.get("notes"),
    )
