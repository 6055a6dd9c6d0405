"""Arguments of a candidate event: location, attribution and framing, each taken from the
trigger's clause, sentence or paragraph by a named rule (its date: ``event_dates``; actors and
their roles: ``roles``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from marsad.assemble.candidate import COUNTRY_PLACE_RANK, HOME_PLACE_RANK, Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.markers import (
    ANSWER_TO_AR,
    DESTINATION,
    MIN,
    NEAR,
    RELATIVE_WRITTEN,
    RETALIATION_WORDS,
    bits_before,
    either,
)
from marsad.assemble.scene import (
    TOWARDS_WORDS,
    acting_country,
    not_a_scene,
    scene_country,
)
from marsad.model import Attribution, Framing, Mention, Place, Span
from marsad.text.normalise import normalise_phrase

_PRECISION = {"country": None, "admin1": 3, "governorate": 3, "region": 3, "admin2": 2,
              "district": 2, "admin3": 2, "subdistrict": 2}


TOWARDS = frozenset(normalise_phrase(w) for w in TOWARDS_WORDS)


_AIMED = re.compile(r"(?:^|\s)(?:" + "|".join(TOWARDS_WORDS) + r")\s")


# "انطلاقا من X": X is where an act started from, whatever place follows.
_LAUNCHED = re.compile(r"انطلاقاً?\s+من\s+$")


def place_of(m: Mention) -> Place:
    v = m.value if isinstance(m.value, dict) else {}
    level = str(v.get("level") or "")
    precision = v.get("geo_precision")
    if precision is None and level != "country":
        precision = _PRECISION.get(level, 1)
    country_only = level == "country"
    gid = v.get("geonames_id")
    return Place(
        text=m.text, span=m.span, name=v.get("name"),
        geonames_id=int(gid) if isinstance(gid, int | str) and str(gid).isdigit() else None,
        id_scheme=v.get("id_scheme"), place_id=v.get("place_id"),
        admin1=v.get("admin1"), admin2=v.get("admin2"), admin3=v.get("admin3"),
        country=v.get("country"),
        lat=None if country_only else v.get("lat"), lon=None if country_only else v.get("lon"),
        geo_precision=None if country_only else precision,
    )


def country_of(m: Mention) -> str | None:
    """The country code a place mention is resolved to (a place in it, or the country), if any."""
    v = m.value
    cc = v.get("country") if isinstance(v, dict) else None
    return cc if isinstance(cc, str) and cc else None


def place_key(m: Mention) -> str | None:
    """What ``dominant_place`` counts a place mention by: its admin1, else its name."""
    v = m.value
    return (v.get("admin1") or v.get("name")) if isinstance(v, dict) else None


def dominant_place(places: Sequence[Mention]) -> Mention | None:
    """The document's most mentioned non-country place (by admin1, then name), first on ties;
    a capital for its government or a reference point ("جنوب طرابلس") counts for none, nor
    does a place outside the country the document names most (a report on Mali is not placed
    in the one Egyptian district a stray word matched)."""
    counts: dict[str, int] = {}  # by key, in the order of each key's first place
    first: dict[str, Mention] = {}
    home = _main_country(places)
    for p in places:
        v = p.value
        if (not isinstance(v, dict) or v.get("level") == "country" or not_a_scene(p)
                or (home is not None and v.get("country") != home)):
            continue
        k = place_key(p)
        if k:
            if k in counts:
                counts[k] += 1
            else:
                counts[k], first[k] = 1, p
    if not counts:
        return None
    best = max(counts.values())
    return next(first[k] for k, n in counts.items() if n == best)


def _main_country(places: Sequence[Mention]) -> str | None:
    """The country the document's places (countries and places in them) name most, if one
    leads the next by two to one."""
    votes: dict[str, int] = {}
    for p in places:
        if (cc := country_of(p)) is not None:
            votes[cc] = votes.get(cc, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
        return None
    return max(votes, key=votes.__getitem__)


def assign_location(
    cands: Sequence[Candidate], places: Located, idx: DocIndex, dominant: Mention | None
) -> None:
    """The place in scope: clause, sentence, paragraph, then the document's dominant place;
    a country-only place is kept last and gives no point. Only the clause's place (or the
    country its clause names as the scene) is given here; one from farther off is offered
    (``home_scope.lend``). Each place's value is built once."""
    country = [isinstance(v := p.value, dict) and v.get("level") == "country"
               for p in places.items]  # (is_country of each, inlined)
    values: dict[int, Place] = {}  # place_of by place index
    scenes: dict[int, Place] = {}  # the same, as the place of an event (near X: not X)
    home: Place | None = None  # the dominant place's, once asked for
    launched: dict[int, bool] = {}  # _launched_from by place index (it reads only the place)
    for c in cands:
        in_clause = places.clause(c.clause)
        c.country_scope = bool(in_clause) and all(country[i] for i in in_clause)
        rank, i = _best_place(c, places, country, idx, launched)
        if in_clause and rank < COUNTRY_PLACE_RANK:
            k = scene_country(c, places, country, idx)
            if k >= 0 and _abroad_of(c, places, k, rank, i, idx):
                # the act's own clause says it happened in a country the place is not in
                if k not in values:
                    values[k] = place_of(places.items[k])
                c.location, c.location_rank = values[k], COUNTRY_PLACE_RANK
                continue
        # A place from outside the act's clause is only offered: ``home_scope.lend`` lends it
        # once events are merged and their time settled, if the act may borrow it.
        if rank == COUNTRY_PLACE_RANK:
            if dominant is not None and not c.headline:
                if home is None:
                    home = place_of(dominant)
                c.location, c.location_rank, c.offered = home, HOME_PLACE_RANK, True
            elif i >= 0:
                if i not in values:
                    values[i] = place_of(places.items[i])
                if places.clauses[i] == c.clause:
                    c.location, c.location_rank = values[i], COUNTRY_PLACE_RANK
                else:
                    c.location, c.location_rank = values[i], COUNTRY_PLACE_RANK
                    c.offered = True
        else:
            if i not in scenes:
                scenes[i] = _scene(places.items[i], idx)
            if rank == 0:
                c.location, c.location_rank = scenes[i], rank
            else:
                c.location, c.location_rank, c.offered = scenes[i], rank, True


# A relative pronoun opening a clause about something else ("الاعتداء الذي استهدف مدينة …").
_RELATIVE = re.compile(r"(?:^|\s)و?(?:" + "|".join(RELATIVE_WRITTEN) + r")\s")


def _abroad_of(c: Candidate, places: Located, k: int, rank: int, i: int, idx: DocIndex) -> bool:
    """Scene country ``k`` beats place ``i`` of another country when that place comes from
    elsewhere in the sentence or paragraph (a dateline city, an earlier item) or, in the clause,
    from a relative clause after the country ("أوقفت … في سوريا مشتبها به في الاعتداء الذي
    استهدف مدينة الريحانية")."""
    m, other = places.items[k], places.items[i]
    if rank == 0 and not (c.trigger.span.end <= m.span.start < other.span.start
                          and _RELATIVE.search(idx.view.original, m.span.end, other.span.start)):
        return False
    cc, there = country_of(m), country_of(other)
    return cc is not None and there is not None and cc != there


def _scene(p: Mention, idx: DocIndex) -> Place:
    place = place_of(p)
    if place.geo_precision == 1 and either(bits_before(idx, p, 2), NEAR):
        # "القرى القريبة من حقل العمر", "قرب بلدة": near a place, not in it (CODING §4).
        return replace(place, geo_precision=2)
    return place


def _best_place(
    c: Candidate, places: Located, country: list[bool], idx: DocIndex, launched: dict[int, bool]
) -> tuple[int, int]:
    """(rank, place index) of the candidate's place: 0 clause, 1 sentence, 2 paragraph; else
    (4, index of the first country of its sentence, or -1; but the country its clause names as
    the scene when the first is the state that acts: "شنت تركيا ضربات … في العراق"). ``launched``:
    ``_launched_from`` of the places asked so far."""
    t = c.trigger
    text = idx.view.original
    fresh = _opens_conjunct(text, t.span.start)
    moving = c.family in ("flight", "smuggling")
    remote = c.event_type == "Explosions/Remote violence"
    best: tuple[int, int, int] | None = None
    first_country = -1
    items, sents, clauses, paras = places.items, places.sents, places.clauses, places.paras
    for i in places.around(c.sent, c.clause, c.para):
        p = items[i]
        if (moving and either(bits_before(idx, p, 2), DESTINATION)) or not_a_scene(p):
            continue
        if country[i]:
            if sents[i] == c.sent and first_country < 0:
                first_country = i
            continue
        if clauses[i] == c.clause:
            rank = 0
        elif sents[i] == c.sent:
            rank = 1
        elif paras[i] == c.para and p.span.start < t.span.start:
            rank = 2
        else:
            continue
        if rank < 2 and p.span.start >= t.span.end and _answer_between(
                idx.view.original, t.span.end, p.span.start):
            continue  # "قصفت … ردا على تعرض بلدة الزبداني لهجوم": the place of the other act
        if remote:
            fired = launched.get(i)
            if fired is None:
                fired = launched[i] = _launched_from(i, places, country, idx)
            if fired:
                continue  # "قذائف أطلقت من صعدة على جازان": fire lands where it is aimed
        after = p.span.start >= t.span.end
        key = (rank, idx.gap(t, p) + (0 if after else _AFAR if fresh and rank == 0 else 1))
        if best is None or key < best[:2]:
            best = (*key, i)
    if best is not None:
        return best[0], best[2]
    if first_country >= 0 and acting_country(c, items[first_country], idx):
        k = scene_country(c, places, country, idx)  # "شنت تركيا ضربات … في العراق"
        if k >= 0:
            return COUNTRY_PLACE_RANK, k
    return COUNTRY_PLACE_RANK, first_country


# A verb or noun opening a conjunct ("… ناشطا في إب واختطفوا صحفيا في ذمار"): a place of its
# clause before it belongs to the conjunct before, so any place of the clause after it wins
# (CODING §2: each place its own event); with none after, the place before still serves.
_AFAR = 1000


def _opens_conjunct(text: str, start: int) -> bool:
    """The word at ``start`` carries a coordinating و as a clitic ("واعتقلت")."""
    return start >= 1 and text[start - 1] == "و" and (start == 1 or text[start - 2].isspace())


def _launched_from(i: int, places: Located, country: list[bool], idx: DocIndex) -> bool:
    """Place ``i`` is where fire came from: "من" before it and a later place of its sentence
    aimed at ("من صعدة على جازان"، "باتجاه الريحانية"), or "انطلاقا من" before it and any later
    place. Shelling, missiles and strikes are coded where they land, not where they were
    launched (ACLED codes the target's location)."""
    p = places.items[i]
    before = bits_before(idx, p, 2)
    if not before or not before[-1] & MIN or either(before, NEAR):
        return False
    text = idx.view.original
    launched = bool(_LAUNCHED.search(text, max(0, p.span.start - 20), p.span.start))
    for k in places.sentence(places.sents[i]):
        if k > i and not country[k] and (launched or _AIMED.search(
                text, p.span.end, places.items[k].span.start)):
            return True
    return False


# Between a trigger and a later place: what follows answers or precedes another act.
_ANSWERED = re.compile(r"(?:^|\s)" + ANSWER_TO_AR)
# The words each of RETALIATION_WORDS starts with (ردا، انتقاما، ثأرا): a match holds one.
_ANSWER_STEMS = tuple(w for w in RETALIATION_WORDS
                      if not any(v != w and w.startswith(v) for v in RETALIATION_WORDS))


def _answer_between(text: str, start: int, end: int) -> bool:
    """``_ANSWERED`` matches in ``text[start:end]`` (most spans hold none of its words: a
    substring search for each is cheaper than trying the pattern at every character)."""
    for stem in _ANSWER_STEMS:
        if text.find(stem, start, end) >= 0:
            return _ANSWERED.search(text, start, end) is not None
    return False


def answered(c: Candidate, m: Mention, idx: DocIndex) -> bool:
    """A mention after the trigger with "in response to" between them (قصفت … ردا على هجوم
    سوروتش في 20 تموز): it belongs to the act answered, not to the trigger's."""
    end = c.trigger.span.end
    return m.span.start >= end and _answer_between(idx.view.original, end, m.span.start)


def nearest(
    m: Mention, cands: Sequence[Candidate], idx: DocIndex, prefer_before: bool = True
) -> Candidate | None:
    """The candidate of ``m``'s sentence closest to it (same clause first)."""
    best: tuple[int, int, int, Candidate] | None = None
    sent, clause = idx.sent(m), idx.clause(m)
    for c in cands:
        if c.sent != sent:
            continue
        before = c.trigger.span.start <= m.span.start
        key = (
            0 if c.clause == clause else 1,
            idx.gap(c.trigger, m),
            0 if before == prefer_before else 1,
        )
        if best is None or key < best[:3]:
            best = (*key, c)
    return best[3] if best else None


def attributions_of(mentions: Sequence[Mention]) -> tuple[list[Attribution], dict[int, str]]:
    """One Attribution per distinct speaker/via (ids a1, a2…), and each mention's id by start."""
    out: list[Attribution] = []
    ids: dict[tuple[str, str, str | None], str] = {}
    by_start: dict[int, str] = {}
    for m in mentions:
        v = m.value if isinstance(m.value, dict) else {}
        key = (str(v.get("speaker") or m.text), str(v.get("speaker_type") or "unknown"),
               v.get("via"))
        if key not in ids:
            ids[key] = f"a{len(ids) + 1}"
            out.append(Attribution(ids[key], key[0], key[1], m.text, m.span, via=key[2],
                                   verb=v.get("verb")))
        by_start[m.span.start] = ids[key]
    return out, by_start


def assign_attribution(
    c: Candidate, attributions: Located, ids: dict[int, str], idx: DocIndex
) -> None:
    """The attribution of the trigger's sentence, else the latest one before it."""
    if not attributions.items:
        return
    same = attributions.in_sentence(c.sent)
    if same:
        a = same[0] if len(same) == 1 else min(same, key=lambda a: idx.gap(a, c.trigger))
    else:
        before = [a for a in attributions.items if a.span.end <= c.trigger.span.start]
        if not before:
            return
        a = before[-1]
    c.attribution = ids.get(a.span.start)


def assign_framing(cands: Sequence[Candidate], framing: Located, idx: DocIndex) -> None:
    """Framing cues in the trigger's clause or next to its actors (each cue's value built once)."""
    values: dict[int, Framing] = {}
    items = framing.items
    everywhere = range(len(items))
    for c in cands:
        spans: list[Span] = [a.span for a in (c.actor1, c.actor2) if a is not None]
        # With no actor only its own clause's cues can count: their run, found by bisection.
        # A cue next to an actor ends after lo and starts before hi (two comparisons spare most
        # cues the any()).
        lo = min(spans[0].start, spans[-1].start) - 3 if spans else 0  # (one or two spans)
        hi = max(spans[0].end, spans[-1].end) + 3 if spans else 0
        for i in everywhere if spans else framing.clause(c.clause):
            f = items[i]
            if framing.clauses[i] != c.clause and (
                    f.span.end <= lo or f.span.start >= hi or not any(
                        s.overlaps(f.span) or abs(s.start - f.span.end) < 3
                        or abs(f.span.start - s.end) < 3 for s in spans)):
                continue
            fr = values.get(i)
            if fr is None:
                v = f.value if isinstance(f.value, dict) else {}
                fr = values[i] = Framing(str(v.get("cue") or f.text), str(v.get("reading") or ""),
                                         f.text, f.span)
            if all(x.span != fr.span for x in c.framing):
                c.framing.append(fr)
