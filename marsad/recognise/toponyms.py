"""Gazetteer-backed place recogniser: Arabic and English names, cue patterns, resolution.

Places are found by ``toponym_spots`` (names, the cue words and modifiers around them), then
every mention is resolved in the article's context (marsad.geocode.resolve): the article's
country, the admin units it names and those next to the mention, facility words nearby. The
words around a place then mark roles that make it no scene (``toponym_roles``). Value shape:
docs/mentions.md.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import islice
from operator import attrgetter, le

from marsad.geocode.resolve import Context, Resolution, Resolver
from marsad.geocode.store import Entry, MemoryGazetteer, default_gazetteer
from marsad.model import JSONValue, Mention
from marsad.recognise.toponym_border import across_border, may_border
from marsad.recognise.toponym_cues import document_cues, stopwords, token_cues
from marsad.recognise.toponym_names import Names, admin_names, name_index, name_lexicon
from marsad.recognise.toponym_nouns import POSITION_WORD, names_position
from marsad.recognise.toponym_origins import may_origin, origin_of
from marsad.recognise.toponym_responses import answers, may_answer
from marsad.recognise.toponym_roles import (
    MAY_HOSPITAL,
    NEAR_KM,
    capital_name,
    distance_before,
    for_government,
    locates,
    loyal_to,
    measured_before,
    spoken_at,
    to_hospital,
    unit_tokens,
)
from marsad.recognise.toponym_seats import may_outlaw, may_seat, outlawed_in, seat_at
from marsad.recognise.toponym_spots import Spot, SpotFinder
from marsad.recognise.toponym_within import read_within
from marsad.recognise.toponyms_en import arabic_namesakes
from marsad.text.view import TextView

__all__ = ["NAME", "Names", "Spot", "ToponymRecogniser", "admin_names", "name_lexicon"]

NAME = "marsad.toponyms.v1"
_WINDOW = 4  # tokens either side in which a named unit counts as containing a mention
_FACILITY_WINDOW = 20
_NONE: frozenset[tuple[str, str]] = frozenset()
_MISSING: dict[str, JSONValue] = {}  # not yet in a memo
_ENTRIES, _FACILITY, _UNITS = attrgetter("entries"), attrgetter("facility"), attrgetter("units")
_ELSEWHERE = "\x00elsewhere"  # an article country none of a name's candidates lies in
_UNQUALIFIED = Spot(0, 0, 0, 0, "", ())  # a value's qualifier is the spot's, set per mention


class ToponymRecogniser:
    """Finds and resolves place mentions against a gazetteer (the embedded default if none)."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("place",)

    def __init__(self, gazetteer: MemoryGazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.resolver = Resolver(self.gazetteer)
        self._admin1_counts: dict[tuple[str, str], int] = {}
        self._admins: dict[str, tuple[str | None, str | None, str | None]] = {}
        self._names_of: dict[int, tuple[tuple[Entry, ...], Names]] = {}
        self.finder = SpotFinder(self.gazetteer)
        # What resolving a name gave (its value less the qualifier, None for no mention), by
        # the name, its cue and what the context says about its candidates.
        self._namesakes_of: dict[tuple[str, str], tuple[tuple[Entry, ...], tuple[Entry, ...]]] = {}
        self._resolved: dict[tuple[object, ...],
                             tuple[tuple[Entry, ...], dict[str, JSONValue] | None]] = {}

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        cues = document_cues(view.tokens, view.text)
        spots = self.finder.find(view, cues)
        arabic = view.language != "en"
        if not spots:
            return []
        names = list(map(self._names, map(_ENTRIES, spots)))
        base = self._context(names)
        facilities = (
            [k for k, c in cues.items() if c[1].kind in ("facility", "facility-word")]
            if any(map(_FACILITY, names)) else []
        )
        near = _near_units(spots, list(map(_UNITS, names)))
        out = []
        # Within a document a spot's template depends only on these (its Names on its key).
        memo: dict[tuple[object, ...], dict[str, JSONValue] | None] = {}
        prev_end = -1  # where the latest place mention ends
        text, original = view.text, view.original
        hospital = arabic and MAY_HOSPITAL in text
        units = unit_tokens(view.tokens, text) if arabic else []  # (none in most documents)
        seats, outlaws = may_seat(text), may_outlaw(text)
        border = may_border(text)
        answered = arabic and may_answer(text)  # (ردا على هجوم X: in few documents)
        origins = arabic and may_origin(text)  # (أسرة من X، في طريقهم إلى X)
        positioned = arabic and POSITION_WORD in text  # (موقع X: a military position)
        placed: list[tuple[Spot, dict[str, JSONValue]]] = []  # for ``read_within``
        for spot, name, around in zip(spots, names, near, strict=True):
            # (one unpacking, not a dozen field reads)
            start, end, first, _, key, _, cue, features, modifier, qualifier, _, regional = spot
            if regional:
                value = self._article_country(spot, base)
            else:
                facility = name.facility and _facility_near(facilities, first)
                at = (key, cue, features, modifier, facility, around)
                template = memo.get(at, _MISSING)
                if template is _MISSING:
                    template = memo[at] = self._template(spot, name, around, base, facility)
                value = None if template is None else _filled(template, qualifier)
            if value is not None and positioned and names_position(text, start, value["level"]):
                value = None  # هاجموا موقع ملحان: a military position, not Milhan district
            if value is not None:
                if _a_capital(value, spot) and _governs(view, spot):
                    value["government"] = True  # حكومة أنقرة، دعت بغداد: not a scene
                direction = modifier == "direction"
                if (direction or not arabic) and locates(text, prev_end, start, direction):
                    value["locates"] = True  # مدينة سبها جنوب طرابلس: Tripoli locates Sabha
                if units and measured_before(units, first):
                    _offset(value, text, prev_end, start)
                if hospital and to_hospital(text, start):
                    value["locates"] = True  # نقل إلى مستشفى في X: treated there, hurt elsewhere
                if answered and answers(text, start):
                    value["locates"] = True  # ردا على هجوم سروج: the attack answered was there
                if origins and origin_of(text, start, end):
                    value["locates"] = True  # أسرة من تعز، ذهابهم إلى عدن: home or destination
                if spoken_at(text, start):
                    value["spoken"] = True  # قال في مؤتمر صحفي في أنقرة: not a scene
                if seats and seat_at(text, start, end):
                    value["seat"] = True  # ومقره بريطانيا، based in Idlib: a body's seat
                if outlaws and outlawed_in(text, start):
                    value["outlawed"] = True  # داعش (المحظور في روسيا): where it is banned
                if border and across_border(text, start, value):
                    value["locates"] = True  # الحدود مع باكستان: the neighbour, not the scene
                prev_end = end
                span = view.span(start, end)
                out.append(Mention("place", span, span.of(original), value, NAME))
                placed.append((spot, value))
        if arabic:
            read_within(placed, text, self.gazetteer,
                        lambda spot, entries, unit: self._reread(spot, entries, unit, base))
        return out

    def _reread(self, spot: Spot, entries: tuple[Entry, ...], unit: tuple[str, str],
                base: Context) -> dict[str, JSONValue] | None:
        """The value of ``spot`` resolved among ``entries`` (its namesakes inside ``unit``, the
        place the text puts it in), or None when none scores above the floor."""
        ctx = Context(unit[0], base.admin1s | {unit}, frozenset({unit}))
        res = self.resolver.resolve(entries, spot.cue, spot.features, spot.modifier, ctx)
        return None if res.entry is None else self.value(spot, res)

    def _names(self, entries: tuple[Entry, ...]) -> Names:
        """``Names`` of a candidate tuple, computed once per tuple (they live in the index)."""
        got = self._names_of.get(id(entries))
        if got is None or got[0] is not entries:
            if len(self._names_of) > 100_000:
                self._names_of.clear()
            got = self._names_of[id(entries)] = (entries, Names.of(entries))
        return got[1]

    def spots(self, view: TextView) -> list[Spot]:
        """The places named in ``view``, before resolution."""
        return self.finder.find(view, token_cues(view.tokens.texts))

    # -- resolving -----------------------------------------------------------------------
    def _context(self, names: Sequence[Names]) -> Context:
        """The article's country (when one clearly dominates) and the admin1 units it names,
        from the spots' ``Names``."""
        votes: dict[str, float] = {}
        admin1s: dict[tuple[str, str], int] = {}
        for n in names:
            if n.country is not None:
                votes[n.country] = votes.get(n.country, 0) + n.vote
            if n.unit is not None:
                admin1s[n.unit] = admin1s.get(n.unit, 0) + 1
        country = None
        if len(votes) == 1:
            country = next(iter(votes))
        elif votes:
            first, second = sorted(votes.values(), reverse=True)[:2]
            if first >= 2 * second:  # then the first is alone in its score (votes are > 0)
                country = max(votes, key=votes.__getitem__)
        self._admin1_counts = admin1s
        return Context(country, frozenset(admin1s))

    def _article_country(self, spot: Spot, base: Context) -> dict[str, JSONValue] | None:
        """The value of a part of the article's country (شمال البلاد), if it has one."""
        entry = self.gazetteer.country(base.country) if base.country else None
        if entry is None:
            return None
        return self.value(spot, Resolution(entry, None, None, None, ((entry, 1.0),)))

    def _template(
        self, spot: Spot, names: Names, near: frozenset[tuple[str, str]], base: Context,
        facility: bool,
    ) -> dict[str, JSONValue] | None:
        """The value of ``spot``'s mention less its qualifier (None: no mention), resolving
        each name once per distinct context that can change its scores (``_resolved``)."""
        country = base.country
        candidates = spot.entries
        if country is not None and country not in names.countries:
            # An English name spelt like places elsewhere only: its Arabic namesakes in the
            # article's country compete too (Mansoura in a Yemen report: toponyms_en).
            found = self._namesakes(spot, country) if spot.key.isascii() else ()
            if found:
                candidates = spot.entries + found
            else:
                country = _ELSEWHERE  # scores only ask whether a candidate lies in it
        pairs = names.pairs
        own = names.unit
        apart = own is not None and self._admin1_counts.get(own, 0) <= 1
        inside = _NONE if pairs.isdisjoint(base.admin1s) else base.admin1s & pairs
        if apart and own in inside:
            inside = inside - {own}  # a mention is no evidence for itself
        key = (spot.key, spot.cue, spot.features, spot.modifier, country, facility,
               _NONE if not near or pairs.isdisjoint(near) else near & pairs, inside)
        known = self._resolved.get(key)
        if known is None or known[0] is not spot.entries:
            admin1s = base.admin1s - {own} if apart else base.admin1s
            ctx = Context(base.country, admin1s, near, facility)
            res = self.resolver.resolve(candidates, spot.cue, spot.features, spot.modifier,
                                        ctx)
            if len(self._resolved) > 50_000:
                self._resolved.clear()
            if res.entry is None and (
                spot.cue not in ("town", "nahiya", "facility") or spot.key in stopwords()
            ):
                # "no match" is kept only where a cue says a place is named
                known = self._resolved[key] = (spot.entries, None)
            else:
                known = self._resolved[key] = (spot.entries, self.value(_UNQUALIFIED, res))
        return known[1]

    def _namesakes(self, spot: Spot, country: str) -> tuple[Entry, ...]:
        """``arabic_namesakes`` of an English spot's candidates in ``country``, once per pair."""
        got = self._namesakes_of.get((spot.key, country))
        if got is None or got[0] is not spot.entries:
            got = self._namesakes_of[(spot.key, country)] = (spot.entries, arabic_namesakes(
                spot.entries, name_index(self.gazetteer, True), country))
        return got[1]

    def value(self, spot: Spot, res: Resolution) -> dict[str, JSONValue]:
        """The mention value (docs/mentions.md): the answer, its precision and the candidates."""
        e = res.entry
        out: dict[str, JSONValue] = {
            "name": None, "level": None, "country": None, "admin1": None, "admin2": None,
            "admin3": None, "geonames_id": None, "id_scheme": None, "place_id": None,
            "lat": None, "lon": None, "geo_precision": None, "feature": None,
            "qualifier": spot.qualifier or None,
        }
        if e is not None:
            a1, a2, a3 = self._admin_names(e)
            out.update(
                name=e.name, level=e.level, country=e.country, admin1=a1, admin2=a2, admin3=a3,
                geonames_id=e.geonames_id, id_scheme=e.scheme, place_id=e.key,
                lat=res.lat, lon=res.lon, geo_precision=res.precision, feature=e.feature,
            )
        out["candidates"] = [
            {"place_id": c.key, "name": c.name, "level": c.level, "country": c.country,
             "admin1": self._admin_names(c)[0], "score": round(sc, 3)}
            for c, sc in res.scored
        ]
        return out

    def _admin_names(self, e: Entry) -> tuple[str | None, str | None, str | None]:
        """``admin_names`` per gazetteer entry, remembered (the gazetteer does not change)."""
        names = self._admins.get(e.key)
        if names is None:
            names = self._admins[e.key] = admin_names(self.gazetteer, e)
        return names


def _near_units(
    spots: Sequence[Spot], units: Sequence[frozenset[tuple[str, str]]]
) -> list[frozenset[tuple[str, str]]]:
    """For each spot, the admin units (country, admin1) of the other spots whose first token
    is within _WINDOW tokens of its own (``units``: each spot's ``Names.units``).

    Work is per spot naming a unit (few): each adds its units to the spots around it."""
    out = [_NONE] * len(spots)
    givers = [k for k, u in enumerate(units) if u]
    if not givers:
        return out
    firsts = [s.first for s in spots]
    ordered = all(map(le, firsts, islice(firsts, 1, None)))  # the usual case
    for g in givers:
        at = firsts[g]
        if ordered:
            around: Iterable[int] = range(bisect_left(firsts, at - _WINDOW),
                                          bisect_right(firsts, at + _WINDOW))
        else:
            around = [k for k, f in enumerate(firsts) if abs(f - at) <= _WINDOW]
        for k in around:
            if k != g:
                out[k] = out[k] | units[g]
    return out


def _offset(value: dict[str, JSONValue], text: str, prev_end: int, start: int) -> None:
    """A distance before the place (على بعد 20 كلم شمال X): near X (precision 2) within
    ``NEAR_KM``; farther, or right after another place (كبيسة، 70 كلم غرب الرمادي), X only
    locates the act (docs/gazetteer.md)."""
    found = distance_before(text, start)
    if found is None or value.get("level") == "country":
        return
    km, head = found
    value["distance_km"] = round(km, 3)
    if km > NEAR_KM or locates(text, prev_end, head, True):
        value["locates"] = True
    elif value.get("geo_precision") == 1:
        value["geo_precision"] = 2


def _a_capital(value: dict[str, JSONValue], spot: Spot) -> bool:
    """The place is a capital, or the governorate named after its capital and sharing its name
    (الخرطوم، read as Khartoum state): either may stand for the government ("أعلنته الخرطوم")."""
    feature = value["feature"]
    return feature == "P.PPLC" or (feature == "A.ADM1" and capital_name(spot.key))


def _governs(view: TextView, spot: Spot) -> bool:
    """A bare capital (no cue, no modifier, no ب/ل/ك written on it but the ل of "الموالية
    لدمشق") standing for its government (``toponym_roles``)."""
    if spot.cue != "none" or spot.modifier:
        return False
    toks = view.tokens
    written = view.text[toks.starts[spot.first] : spot.start]
    if written.endswith(("ب", "ل", "ك")):
        return written.endswith("ل") and loyal_to(toks, spot.first)  # الموالية لدمشق
    return for_government(toks, spot.first, spot.last, view.language == "en")


def _facility_near(facilities: Sequence[int], first: int) -> bool:
    """Whether a facility word (``facilities``: their token indexes) is among the
    _FACILITY_WINDOW tokens before token ``first``."""
    k = bisect_left(facilities, first - _FACILITY_WINDOW)
    return k < len(facilities) and facilities[k] < first


def _filled(template: dict[str, JSONValue], qualifier: str) -> dict[str, JSONValue]:
    """A copy of a stored mention value (``_template``) with the spot's qualifier: its
    candidates are copied too, so no mention shares a mutable part with another."""
    value = template.copy()
    value["qualifier"] = qualifier or None
    value["candidates"] = list(map(dict.copy, template["candidates"]))
    return value
