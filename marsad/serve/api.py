"""The HTTP API under /api: events, documents, counts, GeoJSON, clusters and review decisions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field

from marsad.serve import queries
from marsad.serve.access import StoreAccess
from marsad.serve.places import area_geometry
from marsad.serve.security import token_ok

JSON = dict[str, Any]
router = APIRouter(prefix="/api")

Specificity = Literal["specific", "recurring", "trend", "historical", "hypothetical", "denied"]
Review = Literal["unreviewed", "reviewed", "accepted", "corrected", "rejected"]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size (at most 500).")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
MAX_VALUE_BYTES = 4000


def rows(request: Request) -> queries.Rows:
    access: StoreAccess = request.app.state.access
    return access.rows()


def event_filter(
    event_type: Annotated[str | None, Query(description="ACLED event type, e.g. Battles.")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type.")] = None,
    actor: Annotated[str | None, Query(description="Actor id or name (either side).")] = None,
    admin1: Annotated[str | None, Query(description="First-level admin unit of the place.")] = None,
    place: Annotated[str | None, Query(description="Place name, words of the text, admin1 or admin2.")] = None,
    specificity: Specificity | None = None,
    date_from: Annotated[dt.date | None, Query(description="Events whose dates reach this day; undated events are left out.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Events starting on or before this day.")] = None,
    source: Annotated[str | None, Query(description="Outlet name of the document.")] = None,
    document: Annotated[str | None, Query(description="Document id (sha256:...).")] = None,
    cluster: Annotated[str | None, Query(description="Cross-document cluster id.")] = None,
    review: Review | None = None,
) -> queries.EventFilter:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, "date_from is after date_to")
    return queries.EventFilter(
        event_type=event_type, sub_event_type=sub_event_type, specificity=specificity,
        admin1=admin1, source=source, document=document, cluster=cluster, actor=actor,
        place=place, date_from=date_from, date_to=date_to, review=review)


Rows = Annotated[queries.Rows, Depends(rows)]
Filter = Annotated[queries.EventFilter, Depends(event_filter)]


def _page(items: list[JSON], total: int, limit: int, offset: int) -> JSON:
    nxt = offset + limit if offset + limit < total else None
    return {"items": items, "total": total, "limit": limit, "offset": offset, "next_offset": nxt}


@router.get("/events", summary="List and filter events")
def list_events(q: Rows, f: Filter, limit: Limit = 50, offset: Offset = 0) -> JSON:
    """Events newest first (undated last), each with its placement on the map: ``point`` (a
    specific, dated event at a town), ``area`` (its governorate) or ``list`` (not drawable)."""
    items, total = queries.list_events(q, f, limit, offset)
    return _page(items, total, limit, offset)


@router.get("/events/{document_id}/{event_id}", summary="One event with its evidence and reviews")
def get_event(q: Rows, document_id: str, event_id: str) -> JSON:
    found = queries.get_event(q, document_id, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r} in document {document_id!r}")
    return found


class ReviewIn(BaseModel):
    """Accept, correct or reject one field; a correction carries the analyst's value."""

    field: Literal["event", "event_type", "sub_event_type", "specificity", "actor1", "actor2",
                   "location", "date", "fatalities", "attribution"]
    action: Literal["accept", "correct", "reject"]
    reviewer: str = Field(min_length=1, max_length=100)
    value: Any = None
    note: str | None = Field(default=None, max_length=1000)


def _check(body: ReviewIn) -> None:
    if body.action != "correct":
        if body.value is not None:
            raise HTTPException(422, f"{body.action} takes no value")
        return
    if body.value is None:
        raise HTTPException(422, "a correction needs a value")
    if body.field == "event":
        raise HTTPException(422, "correct one field of the event, not the whole event")
    if body.field == "specificity" and body.value not in get_args(Specificity):
        raise HTTPException(422, f"specificity must be one of {', '.join(get_args(Specificity))}")
    if len(repr(body.value).encode()) > MAX_VALUE_BYTES:
        raise HTTPException(422, f"corrected value larger than {MAX_VALUE_BYTES} bytes")


@router.post("/events/{document_id}/{event_id}/reviews", status_code=201,
             summary="Record a review decision (needs the token)")
def post_review(
    request: Request, q: Rows, document_id: str, event_id: str, body: ReviewIn,
    authorization: Annotated[str | None, Header()] = None,
) -> JSON:
    """Stored with who and when beside the machine's value, which is never changed. Needs
    ``Authorization: Bearer <token>``: the token file that ``marsad serve`` prints."""
    if not token_ok(request.app.state.token, authorization):
        raise HTTPException(401, "review writes need the token: Authorization: Bearer <token>")
    if queries.get_event(q, document_id, event_id) is None:
        raise HTTPException(404, f"no event {event_id!r} in document {document_id!r}")
    _check(body)
    access: StoreAccess = request.app.state.access
    rid = access.add_review(document_id, event_id, body.field, body.action, body.value,
                            body.reviewer.strip(), body.note)
    after = queries.get_event(access.rows(), document_id, event_id)
    assert after is not None
    return {"id": rid, "review_state": after["review_state"], "field": after["fields"].get(body.field),
            "reviews": after["reviews"]}


@router.get("/reviews", summary="All review decisions (the analysts' work, for export)")
def list_reviews(q: Rows, limit: Limit = 500, offset: Offset = 0) -> JSON:
    items, total = queries.list_reviews(q, limit, offset)
    return _page(items, total, limit, offset)


@router.get("/export", summary="Contract objects with each event's review decisions")
def export(q: Rows, limit: Annotated[int, Query(ge=1, le=100)] = 100, offset: Offset = 0) -> JSON:
    """The stored ``marsad extract`` objects, in document-id order; each event also carries
    ``reviews`` (who, when, action, value) and ``review_state``. The machine's values are as
    extracted: a correction sits beside them, never over them."""
    items, total = queries.export_documents(q, limit, offset)
    return _page(items, total, limit, offset)


@router.get("/documents", summary="List documents")
def list_documents(q: Rows, source: str | None = None, limit: Limit = 50, offset: Offset = 0) -> JSON:
    items, total = queries.list_documents(q, source, limit, offset)
    return _page(items, total, limit, offset)


@router.get("/documents/{document_id}", summary="One document: text, mentions and events")
def get_document(q: Rows, document_id: str) -> JSON:
    found = queries.get_document(q, document_id)
    if found is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return found


@router.get("/counts", summary="Event counts by type, admin1, week, specificity or source")
def counts(q: Rows, f: Filter,
           by: Literal["type", "admin1", "week", "specificity", "source"] = "type") -> JSON:
    """Weeks are ACLED's (Saturday to Friday, keyed by the Saturday); undated events count under
    ``null``, never in a week."""
    return {"by": by, "counts": queries.counts(q, by, f)}


@router.get("/facets", summary="Values the filters can take")
def facets(q: Rows) -> JSON:
    return queries.facets(q)


@router.get("/clusters", summary="Cross-document clusters linked by the store")
def clusters(q: Rows, limit: Limit = 50, offset: Offset = 0) -> JSON:
    items, total = queries.clusters(q, limit, offset)
    return _page(items, total, limit, offset)


@router.get("/geojson", summary="Events as a GeoJSON FeatureCollection")
def geojson(q: Rows, f: Filter, limit: Limit = 500, offset: Offset = 0) -> JSON:
    """Specific dated events at a town are Points; pattern, undated and region-only events carry
    their governorate polygon; events with no drawable place keep a null geometry (listed, never
    put at a made-up point)."""
    items, total = queries.list_events(q, f, limit, offset)
    features = []
    for it in items:
        loc = it["event"].get("location") or {}
        geometry: JSON | None = None
        if it["placement"] == "point":
            geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
        elif it["placement"] == "area" and it["area"]:
            geometry = area_geometry(it["area"]["pcode"])
        props = {k: v for k, v in it.items() if k != "event"}
        props.update({k: it["event"].get(k) for k in
                      ("event_type", "sub_event_type", "specificity", "date", "location", "notes")})
        features.append({"type": "Feature", "id": it["key"], "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features, "total": total, "limit": limit,
            "offset": offset}
