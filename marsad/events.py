"""Mentions -> events: typing, arguments, specificity, merging.

Each trigger becomes a candidate; its arguments come from its clause, sentence and paragraph
(``marsad.assemble.arguments``); cues and anchors judge its specificity and its arguments settle
the lexicon's open type decisions (``marsad.assemble.judge``); candidates that report the same
incident or pattern are merged (``marsad.assemble.merge``). No trigger, no event.

>>> from marsad.model import Document
>>> from marsad.pipeline import Reader
>>> doc = Document("d", "قتل ثلاثة مدنيين في غارة جوية.", "ar", "d")
>>> [e.sub_event_type for e in Reader.default().read(doc).events]
['Air/drone strike']
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence

from marsad.assemble.after_report import weigh_against_report
from marsad.assemble.aims import without_claimed_aims
from marsad.assemble.answers import mark_answers
from marsad.assemble.arguments import (
    assign_attribution,
    assign_framing,
    assign_location,
    attributions_of,
    nearest,
)
from marsad.assemble.battle_sides import civilians_off_battles
from marsad.assemble.boilerplate import furniture_spans, inside
from marsad.assemble.candidate import NO_DATE, Candidate
from marsad.assemble.cleared import mark_cleared
from marsad.assemble.date_inherit import inherit_date, note_dated, note_patterns
from marsad.assemble.date_scope import date_responses, refine_by_reference
from marsad.assemble.dateline import dateline_places, without_dateline
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.elaborate import merge_elaborations
from marsad.assemble.event_dates import assign_date, date_histories
from marsad.assemble.example_places import unplace_examples
from marsad.assemble.gatherings import merge_gatherings
from marsad.assemble.habitual import without_habits
from marsad.assemble.history_weekday import undate_history_weekdays
from marsad.assemble.home_scope import home_place, lend, withdraw_home
from marsad.assemble.judge import attach_cues, judge_specificity
from marsad.assemble.judge_types import decide_type
from marsad.assemble.locations import split_locations
from marsad.assemble.merge import merge_sentence
from marsad.assemble.merge_document import merge_copies, merge_document, merge_references
from marsad.assemble.pattern_dates import date_patterns
from marsad.assemble.protest_sides import order_protest_sides
from marsad.assemble.repeats import war_sized
from marsad.assemble.roles import assign_actors
from marsad.assemble.scene import is_country, not_a_scene
from marsad.assemble.territory_sides import agree_territory
from marsad.assemble.victims import victim_group
from marsad.model import Attribution, Event, Fatalities, Mention, Trigger

_SKIP_MEASURES = ("duration", "date")


def assemble(view: object, mentions: Sequence[Mention]) -> tuple[list[Event], list[Attribution]]:
    """Assemble events and attributions from a document's mentions, in text order: sorted by
    (start, end, kind), as ``Reader.read`` sorts them."""
    from marsad.text.view import TextView

    assert isinstance(view, TextView)
    by_kind: dict[str, list[Mention]] = defaultdict(list)  # (read with get and in only)
    # No sort by (start, end) here: a stable sort of a list already sorted by (start, end, kind)
    # leaves it as it is (~20 µs a document).
    for m in mentions:
        by_kind[m.kind].append(m)
    attributions, attribution_ids = attributions_of(by_kind.get("attribution", []))
    furniture = furniture_spans(view.original)
    triggers = by_kind.get("trigger", [])
    if furniture:
        triggers = [t for t in triggers if not inside(furniture, t.span.start)]
    if not triggers:
        return [], attributions
    idx = DocIndex.build(view)
    located = idx.locate(triggers, paras=True)
    cands = [_candidate(t, s, cl, p, idx) for t, s, cl, p in
             zip(located.items, located.sents, located.clauses, located.paras, strict=True)]
    cands = without_claimed_aims(cands, idx)
    # A place inside an attribution names where a reporter or source is ("لمراسلنا في دير
    # الزور"), not where the event happened.
    places = by_kind.get("place", [])
    # A dateline's place says where the report was filed ("دبي، الإمارات (CNN) --"): no scene.
    filed = dateline_places(places, view.original)
    if filed:
        filed_ids = {id(p) for p in filed}
        places = [p for p in places if id(p) not in filed_ids]
    heard: list[Mention] = []  # places of sources that count for the home place
    if "attribution" in by_kind and places:
        told, places = places, _outside(places, by_kind["attribution"])
        heard = _heard_home(told, places)
    if "actor" in by_kind and places:
        # A place inside an actor's name names the force, not a scene (قوات سوريا الديمقراطية،
        # سرايا القدس، مجلس دير الزور العسكري).
        places = _outside(places, by_kind["actor"])
    scoped = idx.locate(places, paras=True)
    dates = idx.locate(without_dateline(by_kind.get("date", []), view.original))
    actors = idx.locate(by_kind.get("actor", []))
    sources = idx.locate(by_kind.get("attribution", []), clauses=False)
    if heard and "actor" in by_kind:
        heard = _outside(heard, by_kind["actor"])
    dominant = home_place(places, heard)
    by_sent = _by_sentence(cands)
    _attach_casualties(cands, by_kind.get("casualty", []), idx)
    assign_actors(cands, actors, idx, by_kind.get("attribution", ()))
    assign_location(cands, scoped, idx, dominant)
    if sources.items:
        for c in cands:
            assign_attribution(c, sources, attribution_ids, idx)
    attach_cues(cands, by_kind.get("cue", []), idx)
    cands = without_habits(cands, dates, idx)
    note_patterns(by_kind.get("cue", []), idx)
    precise = {cl for p, cl in zip(places, scoped.clauses, strict=True)  # (scenes only)
               if isinstance(p.value, dict) and p.value.get("geo_precision") == 1
               and not not_a_scene(p)}
    mark_cleared(cands, view.original, view.language == "en")
    for c in cands:
        decide_type(c, idx)
        judge_specificity(c, dates, precise, idx)
        if c.spec_rule != "default":
            c.votes[c.specificity] += 1
        assign_date(c, dates, idx)
        note_dated(c, idx)
        inherit_date(c, dates, idx)
        c.confidence = _confidence(c)
    undate_history_weekdays(cands, dates, idx)
    withdraw_home(cands, scoped, dominant)
    if "framing" in by_kind:
        assign_framing(cands, idx.locate(by_kind["framing"]), idx)
    _attach_quantities(by_sent, by_kind, idx)
    cands = split_locations(mark_answers(cands, idx), scoped, idx)
    referred = merge_references(merge_sentence(cands, idx), view.original)
    if view.language == "en":
        referred = merge_copies(referred, view.original)
    merged = merge_elaborations(merge_gatherings(merge_document(referred, idx)))
    agree_territory(merged)  # (after merging: a taker may come from another mention)
    civilians_off_battles(merged)  # (after merging: another mention may name who was hit)
    order_protest_sides(merged)  # (after merging: a protest's sub-type is final)
    refine_by_reference(merged, dates, idx)
    date_responses(merged, idx)
    settle(merged, dates, idx)
    weigh_against_report(merged, view.document.published)  # (before lending: history borrows no home)
    lend(merged, scoped, idx)
    unplace_examples(merged, scoped.items, view.original)
    return [_event(i + 1, c, idx) for i, c in enumerate(merged)], attributions


def _candidate(t: Mention, sent: int, clause: int, para: int, idx: DocIndex) -> Candidate:
    v = t.value if isinstance(t.value, dict) else {}
    # Positional, in the order of Candidate's fields (trigger, sent, clause, para, headline,
    # event_type, sub_event_type, plover, family, form, strength): ~1 µs less per trigger than
    # eleven keywords.
    return Candidate(
        t, sent, clause, para, sent in idx.headlines,
        str(v.get("event_type")), v.get("sub_event_type"), v.get("plover"),
        str(v.get("family") or v.get("lemma") or t.text),
        str(v.get("form") or "noun"), str(v.get("strength") or "strong"),
    )


def _heard_home(told: list[Mention], places: list[Mention]) -> list[Mention]:
    """The places inside sources' words (``told`` less ``places``) that add weight to the
    story's home place: a local source's town ("قال مسؤول في مدينة سبها") when the story names
    it too; alone (a reporter's town) it places nothing, and a capital's or a country's sources
    ("وكالة الأنباء السعودية") speak for a whole country. Listed after the story's own places."""
    if len(places) == len(told):
        return []
    kept = {id(p) for p in places}
    named = {_place_name(p) for p in places}
    return [p for p in told if id(p) not in kept and not _capital(p) and not is_country(p)
            and _place_name(p) in named]


def _capital(p: Mention) -> bool:
    """A national capital (GeoNames feature PPLC)."""
    return isinstance(p.value, dict) and p.value.get("feature") == "P.PPLC"


def _place_name(p: Mention) -> object:
    return p.value.get("name") if isinstance(p.value, dict) else None


def _outside(places: list[Mention], holders: list[Mention]) -> list[Mention]:
    """``places`` (in text order) but those inside a holder's span (an attribution, an actor's
    name): each holder reads only the places starting inside it, found by bisection."""
    starts = [p.span.start for p in places]
    inside: set[int] = set()
    for a in holders:
        start, end = a.span.start, a.span.end
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            if places[k].span.end <= end:
                inside.add(k)
    if not inside:
        return places
    return [p for k, p in enumerate(places) if k not in inside]


def _by_sentence(cands: Sequence[Candidate]) -> dict[int, list[Candidate]]:
    """Candidates grouped by sentence, in text order."""
    out: dict[int, list[Candidate]] = {}
    for c in cands:
        out.setdefault(c.sent, []).append(c)
    return out


def _attach_casualties(cands: list[Candidate], casualties: Sequence[Mention], idx: DocIndex) -> None:
    """Each casualty figure goes to the closest violent candidate of its sentence (a lumped
    killed-or-else figure with the wounded: it names victims but is no toll; "no one was hurt"
    to ``unharmed``, or alone in its sentence to the last act of the sentence before)."""
    if not casualties:
        return
    violent = _by_sentence([c for c in cands if c.violent])
    for m in casualties:
        outcome = m.value.get("outcome") if isinstance(m.value, dict) else None
        around = violent.get(idx.sent(m), [])
        if outcome == "killed" and war_sized(m):
            around = [c for c in around if c.family == "toll"]
        c = nearest(m, around, idx, prefer_before=False)
        if outcome == "none":
            # "No one was hurt." on its own says so of the act told just before it.
            if c is None and (before := violent.get(idx.sent(m) - 1)):
                c = before[-1]
            if c is not None:
                c.unharmed = c.unharmed or m
        elif c is not None:
            (c.killed if outcome == "killed" else c.wounded).append(m)


def _attach_quantities(
    by_sent: dict[int, list[Candidate]], by_kind: dict[str, list[Mention]], idx: DocIndex
) -> None:
    """Quantities go to the closest candidate (the preceding one on ties) of their sentence
    (``by_sent``: the candidates of each sentence, in text order)."""
    quantities = by_kind.get("quantity")
    if not quantities:
        return
    # The characters of the figures and dates: a quantity overlapping one shares a character.
    taken: set[int] = set()
    for t in by_kind.get("casualty", []) + by_kind.get("date", []):
        taken.update(range(t.span.start, t.span.end))
    for q in quantities:
        v = q.value if isinstance(q.value, dict) else {}
        if v.get("measure") in _SKIP_MEASURES or not taken.isdisjoint(
                range(q.span.start, q.span.end)):  # overlaps a figure or a date
            continue
        c = nearest(q, by_sent.get(idx.sent(q), []), idx, prefer_before=True)
        if c is not None:
            c.quantities.append(q)


_RANK_SCORE = {0: 0.1, 1: 0.08, 2: 0.05, 3: 0.0}  # by location rank


def _confidence(c: Candidate) -> float:
    score = 0.6 if c.strength == "strong" else 0.45
    score += 0.1 if c.actor1 else 0.0
    score += 0.05 if c.actor2 else 0.0
    score += _RANK_SCORE.get(c.location_rank, -0.05)
    score += 0.05 if c.attribution else 0.0
    score -= 0.1 if c.notes and any("default" in n for n in c.notes) else 0.0
    score -= 0.15 if c.headline else 0.0
    return score


def _fatalities(c: Candidate, idx: DocIndex) -> Fatalities | None:
    """Figures of one sentence add up ("3 soldiers and 2 civilians killed"); those of several
    sentences are reports of the same toll: low and best the lowest, high the highest. A
    sentence with only vague figures ("قتلى", several dead) conflicts with no exact one. Figures
    of explicitly different victim groups in different sentences are the sides of one clash and
    add up (ACLED: "18 Houthis killed" ... "4 fell in the resistance's ranks": 22). With no
    figure, "no one was hurt" (دون وقوع إصابات) codes 0 (CODING §5)."""
    if not c.killed:
        u = c.unharmed
        return None if u is None else Fatalities(0, 0, 0, u.text, u.span, wounded=_wounded(c))
    # A war-sized toll told in another sentence than the trigger's tallies a war or campaign
    # (its own sentence's incident keeps it: _attach_casualties), not the incident told apart.
    killed = [m for m in c.killed if idx.sent(m) == c.sent or not war_sized(m)]
    if not killed:
        return None
    per_sentence: dict[int, list[Mention]] = {}
    for m in killed:
        per_sentence.setdefault(idx.sent(m), []).append(m)
    sides = _sides(per_sentence, idx)
    if sides:  # each side's toll on its own, then their sum
        tolls = [_toll(sentences) for sentences in sides]
        return Fatalities(sum(t.low for t in tolls), sum(t.best for t in tolls),
                          sum(t.high for t in tolls), tolls[0].text, tolls[0].span,
                          wounded=_wounded(c))
    return _toll(per_sentence.values(), _wounded(c))


def _sides(per_sentence: dict[int, list[Mention]], idx: DocIndex) -> list[list[list[Mention]]]:
    """The figures by victim group (each group's by sentence) when every sentence names one
    group, they are not all the same and each has an exact figure ("18 Houthis killed" ... "4
    of the resistance fell")."""
    if len(per_sentence) < 2:
        return []
    groups: dict[str, list[list[Mention]]] = {}
    for ms in per_sentence.values():
        named = {victim_group(m, idx) for m in ms}
        if len(named) != 1 or None in named:
            return []
        groups.setdefault(named.pop() or "", []).append(ms)
    # (A side told only vaguely, "hundreds killed", may be the whole toll: no sum.)
    if len(groups) < 2 or any(all(m.value.get("vague") for ms in sentences for m in ms)
                              for sentences in groups.values()):
        return []
    return list(groups.values())


def _wounded(c: Candidate) -> int | None:
    wounded = [int(m.value.get("min") or 0) for m in c.wounded
               if m.value.get("outcome") == "wounded"]  # not a lumped killed-or-else figure
    return min(wounded) if wounded else None


def _toll(sentences: Iterable[Sequence[Mention]], wounded: int | None = None) -> Fatalities:
    """One toll from its reports, the figures grouped by sentence: figures of one sentence add
    up, several sentences' conflict."""
    ranges: list[tuple[int, int, int, Mention]] = []
    exact: list[tuple[int, int, int, Mention]] = []
    for ms in sentences:
        lo = best = hi = 0
        for m in ms:
            mn = int(m.value.get("min") or 0)
            mx = m.value.get("max")
            lo, best, hi = lo + mn, best + mn, hi + (int(mx) if mx is not None else mn)
        ranges.append((lo, best, hi, ms[0]))
        if not all(m.value.get("vague") for m in ms):
            exact.append(ranges[-1])
    lowest = exact or ranges
    low = min(r[0] for r in lowest)
    best_r = min(lowest, key=lambda r: r[1])
    high = max(r[2] for r in ranges)
    return Fatalities(low, best_r[1], max(high, best_r[1]), best_r[3].text, best_r[3].span,
                      wounded=wounded)


def settle(merged: Sequence[Candidate], dates: Located, idx: DocIndex) -> None:
    """Each merged event's specificity by its mentions' votes, then the date that specificity
    allows (an earlier incident keeps only its own clause's day: ``date_histories``)."""
    for c in merged:
        _settle_specificity(c)
    date_histories(merged, dates, idx)
    date_patterns(merged, dates, idx)


def _settle_specificity(c: Candidate) -> None:
    """A merged event takes the specificity most of its mentions were judged to have (before
    its date is settled: which date it may keep depends on it)."""
    votes = c.votes
    if votes:
        top = max(votes.values())
        if votes[c.specificity] != top:
            c.specificity = next(k for k, v in votes.items() if v == top)  # type: ignore[misc]


def _event(n: int, c: Candidate, idx: DocIndex) -> Event:
    date = c.date if c.specificity in ("specific", "historical", "trend", "recurring") else NO_DATE
    label = c.sub_event_type or c.event_type
    notes = [f"{label} ({c.specificity}) from '{c.trigger.text}'", *c.notes]
    if c.members > 1:
        notes.append(f"{c.members} mentions merged")
    if c.killed and any(isinstance(m.value, dict) and m.value.get("min") == 20
                        and m.value.get("vague") for m in c.killed):
        notes.append("'tens' coded 20 (DESIGN); ACLED's literal rule gives 10")
    confidence = min(0.95, max(0.1, c.confidence + 0.05 * min(3, c.members - 1)))
    return Event(
        id=f"e{n}", event_type=c.event_type, sub_event_type=c.sub_event_type, plover=c.plover,
        specificity=c.specificity, trigger=Trigger(c.trigger.text, c.trigger.span),
        actor1=c.actor1, actor2=c.actor2, location=c.location, date=date,
        fatalities=_fatalities(c, idx), quantities=tuple(c.quantities), attribution=c.attribution,
        framing=tuple(c.framing), confidence=round(confidence, 2), notes="; ".join(notes),
    )
