"""Analysts' review decisions joined to exported events, beside (never over) the machine's values.

An event's state comes from the latest decision on each of its fields: ``rejected`` if any
rejects it, else ``corrected`` if any corrects it, else ``accepted``; ``unreviewed`` without
decisions. The same rule serves ``marsad export`` and ``marsad serve``.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.store.protocol import JSON

EventKey = tuple[str, str]  # (document id, event id)
STATES = ("unreviewed", "accepted", "corrected", "rejected")


def review_state(decisions: Iterable[JSON]) -> str:
    """The state of one event from its decisions (oldest first)."""
    latest = {d["field"]: d["action"] for d in decisions}
    if not latest:
        return "unreviewed"
    if "reject" in latest.values():
        return "rejected"
    return "corrected" if "correct" in latest.values() else "accepted"


def corrections(decisions: Iterable[JSON]) -> dict[str, object]:
    """Each field's corrected value, where the latest decision on that field is a correction."""
    latest = {d["field"]: d for d in decisions}
    return {field: d["value"] for field, d in latest.items() if d["action"] == "correct"}


def by_event(decisions: Iterable[JSON]) -> dict[EventKey, list[JSON]]:
    """Event-level decisions (``Store.iter_reviews`` rows) grouped by event, oldest first."""
    out: dict[EventKey, list[JSON]] = {}
    for d in decisions:
        if d["event_id"] is not None:
            out.setdefault((d["document_id"], d["event_id"]), []).append(d)
    return out


def decision_json(d: JSON) -> JSON:
    """One decision as exports show it (the shape of ``GET /api/export``)."""
    return {"id": d["id"], "field": d["field"], "action": d["action"], "value": d["value"],
            "reviewer": d["reviewer"], "at": d["at"], "note": d["note"]}
