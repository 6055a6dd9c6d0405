"""Whether two merge candidates can be one event, and how one absorbs the other.

Shared by the sentence merge (merge.py), the document merge (merge_document.py) and the
gatherings, elaborations and answers that fold candidates into others: compatible actors,
places, days and specificity; the ACLED type ranking; a candidate absorbing another's evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.assemble.candidate import Candidate
from marsad.assemble.repeats import night_holds
from marsad.model import Actor, Place
from marsad.recognise.triggers_lexicon import stem
from marsad.text.normalise import normalise_phrase

# The ACLED hierarchy of types and sub-types: of two codings of one incident the lower wins.
RANK = {"Battles": 0, "Explosions/Remote violence": 1, "Violence against civilians": 2}
SUB_RANK = {"Air/drone strike": 0, "Suicide bomb": 1, "Shelling/artillery/missile attack": 2}
PATTERN = ("recurring", "trend")
_GIVES_WAY = (*PATTERN, "specific")  # a module constant: mypyc cannot compile `in (*X, y)`


def actor_ok(a: Actor | None, b: Actor | None) -> bool:
    return a is None or b is None or a.id == b.id


def place_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if _country_only(a) or _country_only(b):
        # "في العراق" and "في البصرة": the country holds the town (unless they name two countries).
        return not (a.country and b.country) or a.country == b.country
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1 and (a.geo_precision != 1 or b.geo_precision != 1
                                         or a.name == b.name)
    return a.name == b.name


def same_named_place(a: Candidate, b: Candidate) -> bool:
    """Both are placed, at places of one name (a re-mention's test: stricter than ``place_ok``)."""
    here, there = a.location, b.location
    return here is not None and there is not None and here.name == there.name


def _country_only(p: Place) -> bool:
    return p.geo_precision is None and not p.admin1


def _spec_ok(a: Candidate, b: Candidate) -> bool:
    return (
        a.specificity == b.specificity
        or (a.specificity in PATTERN and b.specificity in PATTERN)
        or (a.spec_rule == "default" and _gives_way_to(b))
        or (b.spec_rule == "default" and _gives_way_to(a))
    )


def _gives_way_to(a: Candidate) -> bool:
    """A mention judged by default joins ``a``: a pattern, an incident, or an earlier
    non-violent act named again (the 2015 agreement, told with its month once, then bare)."""
    return a.specificity in _GIVES_WAY or (
        a.specificity == "historical" and not a.violent)


LISTED_NOTE = "one event per listed place"  # (the note of split_locations' copies)


def listed_apart(a: Candidate, b: Candidate) -> bool:
    """Two copies of one trigger that ``split_locations`` placed at different listed places
    (two provinces of one region: "وقفات في جرادة والناظور"): no merge may join them again."""
    pa, pb = a.location, b.location
    return (a.trigger.span == b.trigger.span and pa is not None and pb is not None
            and a.family != "territory"  # (a front's places: one advance, CODING §5)
            and pa.span != pb.span
            and (LISTED_NOTE in a.notes or LISTED_NOTE in b.notes))


def compatible(
    a: Candidate, b: Candidate, same_family: bool = True, check_spec: bool = True,
    any_order: bool = False,
) -> bool:
    """Same family (if asked), specificity, actors, place and day agree. ``any_order``: the
    actors agree when one mention's sides are among the other's, whatever their roles (the
    army's clash with the militants, told again as the militants' attack on an army post)."""
    pattern = a.specificity in PATTERN and b.specificity in PATTERN
    actors = pattern or (sides_ok(a, b) if any_order else (
        actor_ok(a.actor1, b.actor1) and actor_ok(a.actor2, b.actor2)))
    return (
        (not same_family or a.family == b.family)
        and (not check_spec or _spec_ok(a, b))
        and actors
        and place_ok(a.location, b.location)
        and date_ok(a, b)
        and not listed_apart(a, b)
    )


def sides(c: Candidate) -> set[str]:
    """The ids of the actors a candidate names, in either role."""
    return {x.id for x in (c.actor1, c.actor2) if x is not None}


def sides_ok(a: Candidate, b: Candidate) -> bool:
    """The sides agree: role by role, or one's named actors all among the other's."""
    return (actor_ok(a.actor1, b.actor1) and actor_ok(a.actor2, b.actor2)) or sides_within(a, b)


def sides_within(a: Candidate, b: Candidate) -> bool:
    """One candidate's named actors are all among the other's (in any role)."""
    sa, sb = sides(a), sides(b)
    return sa <= sb or sb <= sa


def date_ok(a: Candidate, b: Candidate) -> bool:
    """Same day, or one side's day unknown or only the day a source spoke (not before the act),
    or one side's day inside the other's night (ليلة الجمعة: two days)."""
    da, db = a.date.start, b.date.start
    if da is None or db is None or da == db or night_holds(a.date, b.date):
        return True
    if a.date_weak and not b.date_weak:
        return da >= db
    if b.date_weak and not a.date_weak:
        return db >= da
    return False


def answered_by(o: Candidate, c: Candidate) -> bool:
    """``c`` answers an act and ``o`` does not (``o`` may be the act answered, a separate one),
    or the two share a sentence and only one is an answer ("responded with air raids to rebel
    artillery fire": the fire told after its answer)."""
    return (c.answers and not o.answers) or (o.answers and not c.answers and o.sent == c.sent)


_MODAL = ("hypothetical", "denied")


def plural_act(c: Candidate) -> bool:
    """The trigger names acts in the plural (هجمات، غاراتها), even where a support verb before
    it made its form a verb (شنت هجمات)."""
    return c.form == "plural" or _plural_word(c.trigger.text)


@lru_cache(maxsize=8192)
def _plural_word(text: str) -> bool:
    """The trigger's first word, normalised, ends in the plural ات (normalising costs ~30 µs:
    worked out once per trigger text)."""
    return stem(normalise_phrase(text)).endswith("ات")


_CIVILIANS = 7  # ACLED inter code


def _bystanders(into: Candidate, a: Actor) -> bool:
    """Civilians named by another mention are no side of a battle (one between organised armed
    groups, ACLED): they are its casualties (roles already keeps them off a battle's own cue)."""
    return a.type == _CIVILIANS and into.event_type == "Battles"


def absorb(into: Candidate, other: Candidate) -> None:
    """Fill ``into``'s gaps from ``other`` and pool its evidence."""
    # A plural of another clause names a kind of act, not this one (يرجح أن يكونا من خلايا شنت
    # هجمات مماثلة): its maybe or denial, and its vote, do not pass to one act judged by default.
    modal_elsewhere = (into.spec_rule == "default" and other.specificity in _MODAL
                       and other.clause != into.clause and plural_act(other) and not plural_act(into))
    if into.spec_rule == "default" and other.spec_rule != "default" and not modal_elsewhere:
        into.specificity, into.spec_rule = other.specificity, other.spec_rule
    if into.actor1 is None and other.actor1 is not None and (
            into.actor2 is None or other.actor1.id != into.actor2.id) and not (
            _bystanders(into, other.actor1)):
        into.actor1 = other.actor1  # never the side ``into`` already has as its other actor
    if into.actor2 is None:
        taken = into.actor1.id if into.actor1 is not None else None
        for a in (other.actor2, other.actor1):
            if a is not None and a.id != taken and not _bystanders(into, a):
                into.actor2 = a
                break
    if other.location is not None and other.location_rank < into.location_rank:
        into.location, into.location_rank = other.location, other.location_rank
        into.offered = other.offered
    # A day a source spoke dates only the act of its own sentence: an event told elsewhere with
    # no day of its own does not take it (it may be older than the statement).
    if other.date.start is not None and (into.date.start is None or (
            into.date_weak and not other.date_weak)) and (
            not other.date_weak or other.sent == into.sent):
        into.date, into.date_weak = other.date, other.date_weak
    # (Each pool is read only when ``other`` has something in it: most have nothing.)
    if other.killed:
        into.killed += [m for m in other.killed if m not in into.killed]
    if other.wounded:
        into.wounded += [m for m in other.wounded if m not in into.wounded]
    into.unharmed = into.unharmed or other.unharmed
    if other.quantities:
        into.quantities += [q for q in other.quantities if q not in into.quantities]
    if other.framing:
        into.framing += [f for f in other.framing if all(f.span != g.span for g in into.framing)]
    into.attribution = into.attribution or other.attribution
    for key, n in other.votes.items():  # Counter.update, without its checks
        if not (modal_elsewhere and key in _MODAL):
            into.votes[key] += n
    into.members += other.members
    into.confidence = max(into.confidence, other.confidence)
    if other.notes:
        into.notes += [n for n in other.notes if n not in into.notes]


def take_coding(into: Candidate, other: Candidate) -> None:
    """``into`` becomes the event ``other`` names (its coding and its trigger)."""
    into.event_type, into.sub_event_type, into.plover = (other.event_type, other.sub_event_type,
                                                        other.plover)
    into.trigger, into.family, into.form = other.trigger, other.family, other.form


PROTEST_RANK = {"Excessive force against protesters": 0, "Protest with intervention": 1,
                "Peaceful protest": 2}


def type_rank(c: Candidate) -> tuple[int, int]:
    return RANK.get(c.event_type, 9), SUB_RANK.get(c.sub_event_type or "", 9)


STRONG_SPEC = ("historical", "hypothetical", "denied")


# Words right after a cue that make it another incident like one told before (انفجارا مماثلا،
# هجوم آخر، تفجير ثان): it never repeats that one.
_ANOTHER = re.compile(r"\s*(?:ال)?(?:مماثل|آخر|أخرى|ثان|ثاني)(?:ا|ة|ًا|اً)?(?:\s|$|[.,،؛:])")


def another(c: Candidate, text: str) -> bool:
    """The trigger is followed by "similar", "another" or "second"."""
    return bool(text) and _ANOTHER.match(text, c.trigger.span.end) is not None
