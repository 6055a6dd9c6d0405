"""Merging candidates: one event per incident or pattern inside a document.

Rules, in order: (1) protests met with arrests or dispersal in the same sentence become one
Protest with intervention (with killing: Excessive force against protesters); (2) specific
violent candidates of one sentence with compatible actors and place become one event of the
highest type (ACLED hierarchy); (3) repeats across the document merge when type, sub-type and
family agree and actors, place, date and specificity are compatible; headline candidates merge
into any body event of the same coding.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.model import Actor, Place

_RANK = {"Battles": 0, "Explosions/Remote violence": 1, "Violence against civilians": 2}
_SUB_RANK = {"Air/drone strike": 0, "Suicide bomb": 1, "Shelling/artillery/missile attack": 2}
_PATTERN = ("recurring", "trend")


def _actor_ok(a: Actor | None, b: Actor | None) -> bool:
    return a is None or b is None or a.id == b.id


def _place_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1 and (a.geo_precision != 1 or b.geo_precision != 1
                                         or a.name == b.name)
    return a.name == b.name


def _spec_ok(a: Candidate, b: Candidate) -> bool:
    return a.specificity == b.specificity or (a.specificity in _PATTERN and b.specificity in _PATTERN)


def compatible(
    a: Candidate, b: Candidate, same_family: bool = True, check_spec: bool = True
) -> bool:
    pattern = a.specificity in _PATTERN and b.specificity in _PATTERN
    return (
        (not same_family or a.family == b.family)
        and (not check_spec or _spec_ok(a, b))
        and (pattern or _actor_ok(a.actor1, b.actor1))
        and (pattern or _actor_ok(a.actor2, b.actor2))
        and _place_ok(a.location, b.location)
        and (a.date.start is None or b.date.start is None or a.date.start == b.date.start)
    )


def absorb(into: Candidate, other: Candidate) -> None:
    """Fill ``into``'s gaps from ``other`` and pool its evidence."""
    into.actor1 = into.actor1 or other.actor1
    into.actor2 = into.actor2 or other.actor2
    if other.location is not None and other.location_rank < into.location_rank:
        into.location, into.location_rank = other.location, other.location_rank
    if into.date.start is None and other.date.start is not None:
        into.date = other.date
    into.killed += [m for m in other.killed if m not in into.killed]
    into.wounded += [m for m in other.wounded if m not in into.wounded]
    into.quantities += [q for q in other.quantities if q not in into.quantities]
    into.framing += [f for f in other.framing if all(f.span != g.span for g in into.framing)]
    into.attribution = into.attribution or other.attribution
    into.votes.update(other.votes)
    into.members += other.members
    into.confidence = max(into.confidence, other.confidence)
    into.notes += [n for n in other.notes if n not in into.notes]


def merge_sentence(cands: list[Candidate]) -> list[Candidate]:
    """Rules (1) and (2) inside each sentence."""
    out: list[Candidate] = []
    for c in cands:
        host = None
        for o in out:
            uncued = not o.cues or not c.cues
            if o.sent != c.sent or not compatible(o, c, same_family=False, check_spec=not uncued):
                continue
            pair = {o.event_type, c.event_type}
            if "Protests" in pair and (pair & {"Strategic developments", "Violence against civilians",
                                                "Battles", "Riots"}):
                protest = o if o.event_type == "Protests" else c
                other = c if protest is o else o
                if other.sub_event_type == "Arrests" or other.sub_event_type == "Protest with intervention":
                    protest.sub_event_type = "Protest with intervention"
                elif other.event_type == "Riots":
                    protest.event_type, protest.sub_event_type = "Riots", other.sub_event_type
                elif other.killed or other.event_type == "Violence against civilians":
                    protest.sub_event_type = "Excessive force against protesters"
                else:
                    continue
                host = o
                if protest is c:
                    o.event_type, o.sub_event_type, o.plover = c.event_type, c.sub_event_type, c.plover
                break
            if (o.specificity == c.specificity == "specific" and o.event_type in _RANK
                    and c.event_type in _RANK):
                host = o
                if (_RANK[c.event_type], _SUB_RANK.get(c.sub_event_type or "", 9)) < (
                        _RANK[o.event_type], _SUB_RANK.get(o.sub_event_type or "", 9)):
                    o.event_type, o.sub_event_type, o.plover = (c.event_type, c.sub_event_type,
                                                                c.plover)
                break
            if o.event_type == c.event_type and o.sub_event_type == c.sub_event_type and (
                    o.family == c.family):
                host = o
                break
        if host is None:
            out.append(c)
        else:
            absorb(host, c)
    return out


def merge_document(cands: Sequence[Candidate]) -> list[Candidate]:
    """Rule (3): body candidates first, then headlines."""
    out: list[Candidate] = []
    for c in [c for c in cands if not c.headline] + [c for c in cands if c.headline]:
        same = [o for o in out if o.event_type == c.event_type
                and o.sub_event_type == c.sub_event_type]
        host = next((o for o in same if compatible(o, c)), None)
        if host is None and c.headline:
            host = next((o for o in same if compatible(o, c, same_family=False)), None)
        if host is None:
            out.append(c)
        else:
            absorb(host, c)
    out.sort(key=lambda c: c.trigger.span.start)
    return out
