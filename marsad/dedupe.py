"""Cross-document de-duplication: events from different articles about one incident -> one cluster.

Two events are linked when every test passes — compatible types, dates within a window, places
near each other or one inside the other's admin area, no contradicting named actors, compatible
casualty figures — and each link keeps its reasons. Only ``specific`` events are clustered:
recurring, trend, historical, hypothetical and denied events are patterns or claims, never merged
into incidents. Clusters are complete-link (every pair inside a cluster is compatible), so a
vague governorate-level report cannot chain two distinct town-level incidents together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from marsad.geocode.distance import km
from marsad.store.protocol import EventFilter, Store

Key = tuple[str, str]  # (document id, event id)

# Types outlets report differently for one incident (e.g. "clashes" vs "shelling").
_COMPATIBLE_TYPES = {
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
}
_COMPATIBLE_SUBTYPES = {
    frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
    frozenset({"Remote explosive/landmine/IED", "Suicide bomb"}),
    frozenset({"Armed clash", "Government regains territory"}),
    frozenset({"Armed clash", "Non-state actor overtakes territory"}),
}
# How far apart two reports of one incident may place it, by the vaguer geo_precision (km).
_RADIUS_KM = {1: 15.0, 2: 40.0, 3: 150.0}
_GENERIC_ACTORS = ("unidentified", "civilians", "protesters", "rioters")


@dataclass(frozen=True, slots=True)
class EventRef:
    """What de-duplication needs of one stored event."""

    document_id: str
    event_id: str
    event_type: str
    sub_event_type: str | None
    specificity: str
    day: dt.date | None
    dated_by: str  # "event" (the text gives the date) or "published" (the report's date)
    lat: float | None
    lon: float | None
    geo_precision: int | None
    admin1: str | None
    admin2: str | None
    country: str | None
    place: str | None
    actors: frozenset[str]
    fatalities: tuple[int, int, int] | None

    @property
    def key(self) -> Key:
        return (self.document_id, self.event_id)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> EventRef:
        day, dated_by = _day(row.get("date_start")), "event"
        if day is None:
            day, dated_by = _day(row.get("published")), "published"
        actors = frozenset(
            a for a in (row.get("actor1_id"), row.get("actor2_id"))
            if a and not any(g in a.lower() for g in _GENERIC_ACTORS)
        )
        best = row.get("fatalities_best")
        fatalities = None if best is None else (
            int(row.get("fatalities_low") or best), int(best), int(row.get("fatalities_high") or best))
        return cls(
            row["document_id"], row["event_id"], row["event_type"], row.get("sub_event_type"),
            row["specificity"], day, dated_by, row.get("lat"), row.get("lon"),
            row.get("geo_precision"), row.get("admin1"), row.get("admin2"), row.get("country"),
            row.get("location_name"), actors, fatalities,
        )


@dataclass(frozen=True, slots=True)
class Link:
    """Two events judged to report one incident, with a score and the reasons."""

    a: Key
    b: Key
    score: float
    reasons: tuple[str, ...]


def _day(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _km(a: EventRef, b: EventRef) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return km(a.lat, a.lon, b.lat, b.lon)


def compare(a: EventRef, b: EventRef) -> Link | None:
    """The link between two events if they may report one incident, else None."""
    if a.document_id == b.document_id or not a.specificity == b.specificity == "specific":
        return None
    reasons: list[str] = []
    score = 0.0
    for test in (_types, _dates, _places, _actors, _fatalities):
        verdict = test(a, b)
        if verdict is None:
            return None
        points, reason = verdict
        score += points
        if reason:
            reasons.append(reason)
    return Link(a.key, b.key, round(score, 3), tuple(reasons))


Verdict = tuple[float, str] | None


def _types(a: EventRef, b: EventRef) -> Verdict:
    if a.event_type == b.event_type:
        if a.sub_event_type == b.sub_event_type:
            return 1.0, f"same type: {a.sub_event_type or a.event_type}"
        if None in (a.sub_event_type, b.sub_event_type) or frozenset(
                {a.sub_event_type, b.sub_event_type}) in _COMPATIBLE_SUBTYPES:
            return 0.7, f"compatible sub-types: {a.sub_event_type} / {b.sub_event_type}"
        return None
    if frozenset({a.event_type, b.event_type}) in _COMPATIBLE_TYPES:
        return 0.4, f"compatible types: {a.event_type} / {b.event_type}"
    return None


def _dates(a: EventRef, b: EventRef) -> Verdict:
    if a.day is None or b.day is None:
        return None
    gap = abs((a.day - b.day).days)
    window = 1 if a.dated_by == b.dated_by == "event" else 2
    if gap > window:
        return None
    basis = "event dates" if window == 1 else "event or publication dates"
    return 1.0 - 0.2 * gap, f"{basis} {gap} day(s) apart"


def _places(a: EventRef, b: EventRef) -> Verdict:
    if a.country and b.country and a.country != b.country:
        return None
    if _contains(a, b):  # a region-level report and a place inside it
        return 0.5, _containment(a, b)
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = _km(a, b)
        radius = _RADIUS_KM.get(max(a.geo_precision or 3, b.geo_precision or 3), 150.0)
        if km <= radius:
            return 1.0 - km / (2 * radius), f"places {km:.1f} km apart (within {radius:.0f} km)"
        return None
    if a.admin1 and a.admin1 == b.admin1 and a.admin2 is not None and a.admin2 == b.admin2:
        return 0.5, f"same admin2 without coordinates: {a.admin2}, {a.admin1}"
    return None


def _contains(a: EventRef, b: EventRef) -> bool:
    """One place is a whole region (precision 3) and the other lies in its admin1."""
    wide, narrow = (a, b) if (a.geo_precision or 0) >= (b.geo_precision or 0) else (b, a)
    return wide.geo_precision == 3 and bool(wide.admin1) and wide.admin1 == narrow.admin1 and (
        wide.admin2 is None or wide.admin2 == narrow.admin2)


def _containment(a: EventRef, b: EventRef) -> str:
    return f"admin containment: {a.place or a.admin1} / {b.place or b.admin1} in {a.admin1}"


def _actors(a: EventRef, b: EventRef) -> Verdict:
    if not a.actors or not b.actors:
        return 0.0, ""
    shared = a.actors & b.actors
    if not shared:
        return None  # both name their actors, and none is the same: two incidents
    return 0.5, "shared actors: " + ", ".join(sorted(shared))


def _fatalities(a: EventRef, b: EventRef) -> Verdict:
    if a.fatalities is None or b.fatalities is None:
        return 0.0, ""
    (alo, abest, ahi), (blo, bbest, bhi) = a.fatalities, b.fatalities
    lo, hi = sorted((abest, bbest))
    if (alo <= bhi and blo <= ahi) or hi - lo <= 3 or hi <= 2 * lo:
        return 0.5, f"compatible fatalities: {abest} / {bbest}"
    return None


def cluster(events: Sequence[EventRef]) -> tuple[dict[Key, str], list[Link]]:
    """Cluster id of every specific event, and the links that joined them (complete link).

    Events link only inside one block (admin1, or a 1-degree cell), so blocks are clustered one
    at a time and memory is bounded by the largest block, not by the corpus.
    """
    blocks: dict[str, list[EventRef]] = {}
    for e in events:
        block_key = _block(e) if e.specificity == "specific" and e.day is not None else None
        if block_key is not None:
            blocks.setdefault(block_key, []).append(e)
    ids: dict[Key, str] = {}
    kept: list[Link] = []
    for block in blocks.values():
        block_ids, block_links = _cluster_block(block)
        ids.update(block_ids)
        kept.extend(block_links)
    return ids, kept


def _cluster_block(block: list[EventRef]) -> tuple[dict[Key, str], list[Link]]:
    block.sort(key=lambda e: (e.day, e.key))
    links: list[Link] = []
    for i, a in enumerate(block):
        for b in block[i + 1:]:
            assert a.day is not None and b.day is not None
            if (b.day - a.day).days > 2:
                break
            link = compare(a, b)
            if link is not None:
                links.append(link)
    linked = {(k.a, k.b) for k in links} | {(k.b, k.a) for k in links}
    members: dict[Key, list[Key]] = {e.key: [e.key] for e in block}
    owner: dict[Key, Key] = {e.key: e.key for e in block}
    kept: list[Link] = []
    for link in sorted(links, key=lambda k: (-k.score, k.a, k.b)):
        ra, rb = owner[link.a], owner[link.b]
        if ra == rb:
            kept.append(link)
            continue
        if all((x, y) in linked for x in members[ra] for y in members[rb]):
            for key in members[rb]:
                owner[key] = ra
            members[ra].extend(members.pop(rb))
            kept.append(link)
    ids: dict[Key, str] = {}
    for keys in members.values():
        first = min(keys)
        cid = "cluster:" + hashlib.sha256(f"{first[0]}#{first[1]}".encode()).hexdigest()[:16]
        for key in keys:
            ids[key] = cid
    return ids, [k for k in kept if ids[k.a] == ids[k.b]]


def _block(e: EventRef) -> str | None:
    """Blocking key: the admin1, else a 1-degree cell; None when the event has no place."""
    if e.admin1:
        return f"{e.country}|{e.admin1}"
    if e.lat is not None and e.lon is not None:
        return f"{e.country}|{math.floor(e.lat)}|{math.floor(e.lon)}"
    return None


def recluster(store: Store) -> int:
    """Recompute all clusters in ``store``; the number of clusters of specific events."""
    refs = [EventRef.from_row(r) for r in store.iter_events(EventFilter(specificity=("specific",)))]
    ids, links = cluster(refs)
    store.replace_clusters(
        [(k[0], k[1], cid) for k, cid in sorted(ids.items())],
        [(k.a[0], k.a[1], k.b[0], k.b[1], k.score, orjson.dumps(list(k.reasons)).decode())
         for k in links],
    )
    return len(set(ids.values()))


def links_of(events: Iterable[EventRef]) -> list[Link]:
    """Every pairwise link among ``events`` (for explaining a cluster)."""
    items = list(events)
    return [link for i, a in enumerate(items) for b in items[i + 1:]
            if (link := compare(a, b)) is not None]
