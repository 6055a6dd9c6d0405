"""Gazetteer-backed place recogniser: Arabic and English names, cue patterns, resolution.

Names are matched with the clitic-aware PhraseLexicon (بريف، والرقة، لمدينة). Around a name it
reads a cue (مدينة/بلدة/قرية/ناحية/منطقة/محافظة X، حقل/معبر/سد/مخيم/مطار/قاعدة/سجن X), a
modifier (ريف X [الشرقي]، الريف الشرقي لـX، ريفي X وY، شمال/شرق X، قرب X) and country phrases
(الأراضي التركية، شمال البلاد with the article's country when it is clear), then resolves
every mention in the article's context (marsad.geocode.resolve). Value shape: docs/mentions.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from operator import attrgetter, le
from typing import Any, NamedTuple, cast

import regex

from marsad.geocode.resolve import Context, Cue, Modifier, Resolution, Resolver
from marsad.geocode.store import Entry, Gazetteer, MemoryGazetteer, default_gazetteer
from marsad.model import JSONValue, Mention
from marsad.recognise.toponym_cues import (
    CueHit,
    anaphors,
    cue_words,
    document_cues,
    stopwords,
    token_cues,
)
from marsad.recognise.toponym_roles import (
    MAY_HOSPITAL,
    NEAR_KM,
    after_preposition,
    bank_noun,
    bank_nouns,
    distance_before,
    for_government,
    locates,
    loyal_to,
    measured_before,
    names_region,
    spoken_at,
    surname,
    to_hospital,
    unit_tokens,
)
from marsad.recognise.toponyms_en import (
    heads,
    longer_name,
    names_a_speaker,
    next_name_word,
    possessives,
    unmatched_heads,
)
from marsad.text.lexicon import PhraseLexicon, longest
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens
from marsad.text.view import TextView

NAME = "marsad.toponyms.v1"
_ARABIC = regex.compile(r"\p{Arabic}")
_NAME_CUES = ("town", "nahiya", "district", "governorate", "facility")
# Admin units, their seats and capitals: a name too well known to be read as a first name.
_MAJOR = ("A.", "P.PPLA", "P.PPLC")
# Tanween written at a word's end (دوراً، دورًا، حكمٌ، سوريٍ): an indefinite noun, adjective or
# adverb, which a place name never is.
_TANWEEN = ("\u064b", "\u064c", "\u064d")
_INDEFINITE = re.compile(r"[\u064b-\u064d]\u0627?(?=\W|$)")  # (re: a class first is fast)
_NO_TOKENS: frozenset[int] = frozenset()
_WINDOW = 4  # tokens either side in which a named unit counts as containing a mention
_FACILITY_WINDOW = 20

@lru_cache(maxsize=8)
def name_lexicon(gazetteer: MemoryGazetteer, arabic: bool) -> PhraseLexicon[tuple[Entry, ...]]:
    """Every Arabic-script (or Latin) name of the gazetteer -> the entries bearing it."""
    return PhraseLexicon(name_index(gazetteer, arabic).items())


@lru_cache(maxsize=8)
def name_index(gazetteer: MemoryGazetteer, arabic: bool) -> dict[str, tuple[Entry, ...]]:
    """Normalised name -> entries, for one script."""
    grouped: dict[str, dict[str, Entry]] = {}
    for e in gazetteer.entries():
        for n in e.names:
            if bool(_ARABIC.search(n)) != arabic or (not arabic and not n.isascii()):
                continue
            key = normalise_phrase(n)
            if key:
                grouped.setdefault(key, {})[e.key] = e
    return {k: tuple(v.values()) for k, v in grouped.items()}


class Spot(NamedTuple):
    """A place found in the normalised text, before resolution (a tuple: cheap to make)."""

    start: int
    end: int
    first: int
    last: int
    key: str
    entries: tuple[Entry, ...]
    cue: Cue = "none"
    features: frozenset[str] = frozenset()
    modifier: Modifier = ""
    qualifier: str = ""
    dual: bool = False
    article_country: bool = False


_NONE: frozenset[tuple[str, str]] = frozenset()
_BARE = Spot(0, 0, 0, 0, "", ())[6:]  # the fields of a spot no cue word shaped
# Spot without its Python-level __new__ (the same tuple subclass, made in C).
_new_spot: Callable[[type[Spot], tuple[Any, ...]], Spot] = cast(Any, tuple.__new__)
_MISSING: dict[str, JSONValue] = {}  # not yet in a memo
_ENTRIES, _FACILITY, _UNITS = attrgetter("entries"), attrgetter("facility"), attrgetter("units")
_ELSEWHERE = "\x00elsewhere"  # an article country none of a name's candidates lies in
_UNQUALIFIED = Spot(0, 0, 0, 0, "", ())  # a value's qualifier is the spot's, set per mention
# A matched name as its spots read it: the lexicon's value (the memo's check), its candidates
# (with its cue-less name's when the name holds its cue), whether it may stand bare (without a
# cue), whether it names just a country (``_a_country``) and whether a seat (``_a_seat``).
_Name = tuple[tuple[Entry, ...], tuple[Entry, ...], bool, bool, bool]


@dataclass(frozen=True, slots=True)
class Names:
    """What one spot's candidate entries say about the article, computed once per tuple."""

    country: str | None  # the one country every candidate lies in
    vote: float  # its vote for the article's country: 0.5 if all candidates are countries
    unit: tuple[str, str] | None  # the one admin1 unit every candidate lies in (``_unit``)
    units: frozenset[tuple[str, str]]  # the admin units among the candidates
    countries: frozenset[str]  # every candidate's country
    pairs: frozenset[tuple[str, str]]  # every candidate's (country, admin1)
    facility: bool  # some candidate is a facility (only they read facility words)

    @staticmethod
    def of(entries: tuple[Entry, ...]) -> Names:
        ccs = {e.country for e in entries}
        levels = {e.level for e in entries}
        inside = {(e.country, e.admin1) for e in entries if e.level != "country"}
        return Names(
            ccs.pop() if len(ccs) == 1 else None,
            0.5 if levels == {"country"} else 1.0,
            inside.pop() if len(inside) == 1 else None,
            frozenset((e.country, e.admin1) for e in entries
                      if e.level in ("admin1", "admin2", "admin3")),
            frozenset(e.country for e in entries),
            frozenset((e.country, e.admin1) for e in entries),
            any(e.level == "facility" for e in entries),
        )


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
        self._by_name: dict[str, _Name] = {}
        # What resolving a name gave (its value less the qualifier, None for no mention), by
        # the name, its cue and what the context says about its candidates.
        self._resolved: dict[tuple[object, ...],
                             tuple[tuple[Entry, ...], dict[str, JSONValue] | None]] = {}

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        cues = document_cues(view.tokens, view.text)
        spots = self._spots(view, cues)
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
        for spot, name, around in zip(spots, names, near, strict=True):
            if spot.article_country:
                value = self._article_country(spot, base)
            else:
                facility = name.facility and _facility_near(facilities, spot.first)
                key = (spot.key, spot.cue, spot.features, spot.modifier, facility, around)
                template = memo.get(key, _MISSING)
                if template is _MISSING:
                    template = memo[key] = self._template(spot, name, around, base, facility)
                value = None if template is None else _filled(template, spot.qualifier)
            if value is not None:
                if value["feature"] == "P.PPLC" and _governs(view, spot):
                    value["government"] = True  # حكومة أنقرة، دعت بغداد: not a scene
                if (spot.modifier == "direction" or not arabic) and locates(
                        text, prev_end, spot.start, spot.modifier == "direction"):
                    value["locates"] = True  # مدينة سبها جنوب طرابلس: Tripoli locates Sabha
                if units and measured_before(units, spot.first):
                    _offset(value, text, prev_end, spot.start)
                if hospital and to_hospital(text, spot.start):
                    value["locates"] = True  # نقل إلى مستشفى في X: treated there, hurt elsewhere
                if spoken_at(text, spot.start):
                    value["spoken"] = True  # قال في مؤتمر صحفي في أنقرة: not a scene
                prev_end = spot.end
                span = view.span(spot.start, spot.end)
                out.append(Mention("place", span, span.of(original), value, NAME))
        return out

    def _names(self, entries: tuple[Entry, ...]) -> Names:
        """``Names`` of a candidate tuple, computed once per tuple (they live in the index)."""
        got = self._names_of.get(id(entries))
        if got is None or got[0] is not entries:
            if len(self._names_of) > 100_000:
                self._names_of.clear()
            got = self._names_of[id(entries)] = (entries, Names.of(entries))
        return got[1]

    def _name(self, key: str, value: tuple[Entry, ...], arabic: bool) -> _Name:
        """What a matched name's spots need of it, computed once per name (``_Name``)."""
        got = self._by_name.get(key)
        if got is not None and got[0] is value:
            return got
        index = name_index(self.gazetteer, arabic)
        entries = value
        rest = key.split(" ", 1)
        if (len(rest) == 2 and rest[1] in index and rest[0] in cue_words()
                and cue_words()[rest[0]].kind in _NAME_CUES):
            # مدينة إدلب names the district in OCHA's aliases and the city as إدلب.
            entries = tuple({e.key: e for e in entries + index[rest[1]]}.values())
        bare = key not in stopwords() and len(key.removeprefix("ال")) >= 3
        got = self._by_name[key] = (value, entries, bare, _a_country(entries), _a_seat(entries))
        return got

    # -- finding -------------------------------------------------------------------------
    def spots(self, view: TextView) -> list[Spot]:
        """The places named in ``view``, before resolution."""
        return self._spots(view, token_cues(view.tokens.texts))

    def _spots(self, view: TextView, cues: dict[int, CueHit]) -> list[Spot]:
        toks = view.tokens
        arabic = view.language != "en"
        lexicon = name_lexicon(self.gazetteer, arabic)
        out: list[Spot] = []
        shaped = False  # a cue may move a start before the previous name's
        dual = False  # a cue made a dual (ريفي X وY)
        indefinite = _indefinite_tokens(view) if arabic else _NO_TOKENS
        banks = bank_nouns()
        by_name = self._by_name
        for m in longest(lexicon.matches(toks)):
            if not arabic:
                if not view.original[view.span(m.start, m.end).start].isupper():
                    continue
                if m.first_token == m.last_token:
                    k = next_name_word(view, toks, m.last_token)
                    if k is not None:
                        spot = self._longer_english(view, toks, m.first_token, k, m.key)
                        if spot is not None:
                            out.append(spot)
                            continue
                        if m.key in heads() or (names_a_speaker(toks, k) and not any(
                                e.feature.startswith(_MAJOR) for e in m.value)):
                            continue
            proclitic = m.proclitic
            if proclitic.endswith("س"):
                continue  # سرقة is no future-marked رقة
            if indefinite and m.last_token in indefinite:
                continue  # دوراً، دوماً، حكماً، سوريًا: an indefinite noun or adjective, no name
            key = m.key
            name = by_name.get(key)
            if name is None or name[0] is not m.value:
                name = self._name(key, m.value, arabic)
            _, entries, bare, country, seat = name
            i, j = m.first_token, m.last_token
            if arabic and country and names_region(toks, i, j):
                continue  # بلاد المغرب الإسلامي: a region, not the country
            if arabic and key in banks and bank_noun(toks, key, j):
                continue  # الضفة التشادية من بحيرة تشاد: a bank, not the West Bank
            if i - 1 not in cues and (j == i or i not in cues):
                # No cue word in or before the name: it stands bare (the common case).
                if ((bare and "ال" not in proclitic) or (
                        arabic and country and after_preposition(toks, i, proclitic))) \
                        and not (arabic and not seat and surname(
                            toks, i, proclitic, _written(view, toks, i) if proclitic else "")):
                    out.append(_new_spot(Spot, (m.start, m.end, i, j, key, entries, *_BARE)))
                continue
            spot = self._shape(toks, cues, m.start, m.end, i, j, key, entries, proclitic)
            if spot is not None:
                out.append(spot)
                shaped = True
                dual = dual or spot.dual
        if not arabic:
            for i, key, entries in possessives(view, toks, [(s.first, s.last) for s in out],
                                               name_index(self.gazetteer, False)):
                if self._name(key, entries, arabic)[2]:  # (a name that may stand bare)
                    out.append(_new_spot(Spot, (toks.starts[i], toks.ends[i] - 1, i, i, key,
                                                entries, *_BARE)))
                    shaped = True
            for i in unmatched_heads(view, toks, [(s.first, s.last) for s in out]):
                k = next_name_word(view, toks, i)
                spot = None if k is None else self._longer_english(view, toks, i, k, toks.texts[i])
                if spot is not None:
                    out.append(spot)
                    shaped = True
        if cues:
            regions = self._country_regions(toks, cues)
            if regions:
                out = [s for s in out
                       if not any(s.start < r.end and r.start < s.end for r in regions)]
                out.extend(regions)
                shaped = True
        if not shaped:
            return out  # in order, and no dual to carry
        out.sort(key=attrgetter("start"))  # a cue may move a start before the previous name's
        return _carry_dual(out) if dual else out

    def _longer_english(
        self, view: TextView, toks: Tokens, i: int, k: int, head: str
    ) -> Spot | None:
        """Tokens ``i``..``k`` as the gazetteer's two-word name they spell (toponyms_en)."""
        if head not in heads():
            return None
        rest = view.span(toks.ends[i], toks.ends[k])
        found = longer_name(name_index(self.gazetteer, False), head,
                            view.original[rest.start : rest.end])
        if found is None:
            return None
        key, entries = found
        return _new_spot(Spot, (toks.starts[i], toks.ends[k], i, k, key, entries, *_BARE))

    def _shape(
        self, toks: Tokens, cues: dict[int, CueHit], start: int, end: int, i: int, j: int,
        key: str, entries: tuple[Entry, ...], proclitic: str,
    ) -> Spot | None:
        spot = Spot(start, end, i, j, key, entries)
        starts = toks.starts
        first = cues.get(i) if j > i else None
        if first and first[1].kind in _NAME_CUES:  # the name holds its cue: محافظة دير الزور
            spot = spot._replace(cue=first[1].kind, features=first[1].features)  # type: ignore[arg-type]
        k = i - 1
        c = cues.get(k) if k >= 0 else None
        if c and c[1].kind in _NAME_CUES and spot.cue == "none":
            spot = spot._replace(start=starts[k] + c[2], cue=c[1].kind,  # type: ignore[arg-type]
                           features=c[1].features)
            k -= 1
            c = cues.get(k) if k >= 0 else None
        if c and c[1].kind in ("countryside", "direction", "near"):
            spot = spot._replace(start=starts[k] + c[2], modifier=c[1].kind,  # type: ignore[arg-type]
                           qualifier=c[0], dual=c[0] == "ريفي")
            if c[1].kind == "direction" and k > 0:
                d = cues.get(k - 1)
                if d and d[1].kind == "direction":  # شمال شرق X
                    spot = spot._replace(start=starts[k - 1] + d[2], qualifier=f"{d[0]} {c[0]}")
        elif c and c[1].kind == "side" and proclitic.endswith("ل") and k > 0:
            r = cues.get(k - 1)  # الريف الشرقي لدير الزور
            if r and r[1].kind == "countryside":
                spot = spot._replace(start=starts[k - 1] + r[2], modifier="countryside",
                               qualifier=f"{r[0]} {c[0]}")
        if spot.modifier == "countryside":
            n = j + 1
            while n < len(toks) and n <= j + 2 and (s := cues.get(n)) and s[1].kind == "side" \
                    and s[2] == 0:
                spot = spot._replace(end=toks.ends[n], last=n, qualifier=f"{spot.qualifier} {s[0]}")
                n += 1
        if spot.cue == "none" and key in anaphors():
            return None  # قرب المدينة، شمال الحي: the town already spoken of
        bare = spot.cue == "none" and not spot.modifier
        if bare and (key in stopwords() or len(key.removeprefix("ال")) < 3 or "ال" in proclitic):
            return None  # الصماد (a surname) is no article-less صماد without a cue
        return spot

    def _country_regions(self, toks: Tokens, cues: dict[int, CueHit]) -> list[Spot]:
        """شمال البلاد: a part of the article's own country."""
        out = []
        for k, c in cues.items():  # in token order
            if c[1].kind != "region" or c[2] != 0:
                continue
            d = cues.get(k - 1)
            if d and d[1].kind == "direction" and k >= 1:
                out.append(Spot(toks.starts[k - 1] + d[2], toks.ends[k], k, k, c[0], (),
                                modifier="direction", qualifier=d[0], article_country=True))
        return out

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
        if country is not None and country not in names.countries:
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
            res = self.resolver.resolve(spot.entries, spot.cue, spot.features, spot.modifier,
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


def admin_names(gaz: Gazetteer, e: Entry) -> tuple[str | None, str | None, str | None]:
    """Names of the admin1, admin2 and admin3 units an entry lies in (or is)."""
    if e.level == "country":
        return None, None, None
    a1 = gaz.admin("admin1", e.country, e.admin1) if e.admin1 else None
    a1_name = e.name if e.level == "admin1" else (a1.name if a1 else None)
    a2_name: str | None = None
    if e.level == "admin2":
        a2_name = e.name
    elif e.admin2:
        unit = gaz.get(e.admin2) if ":" in e.admin2 else gaz.admin("admin2", e.country, e.admin1,
                                                                   e.admin2)
        a2_name = unit.name if unit else None
    return a1_name, a2_name, e.name if e.level == "admin3" else None


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


def _indefinite_tokens(view: TextView) -> frozenset[int]:
    """The tokens whose original spelling ends in tanween (one search a document, then a
    bisection per hit into the tokens' original starts)."""
    original = view.original
    # Half the articles have no tanween at all: three C-level finds say so.
    firsts = [k for k in map(original.find, _TANWEEN) if k >= 0]
    if not firsts:
        return _NO_TOKENS
    ends = [m.start() for m in _INDEFINITE.finditer(original, min(firsts))]
    if not ends:
        return _NO_TOKENS
    starts = view.token_original_starts
    return frozenset(bisect_right(starts, e) - 1 for e in ends)


def _written(view: TextView, toks: Tokens, i: int) -> str:
    """Token ``i`` as the original text spells it (with its hamzas)."""
    span = view.span(toks.starts[i], toks.ends[i])
    return view.original[span.start : span.end]


def _a_seat(entries: tuple[Entry, ...]) -> bool:
    """Some candidate is a country or a capital: too well known a name to be read as a
    surname (غادر الرئيس هادي الرياض)."""
    return any(e.level == "country" or e.feature == "P.PPLC" for e in entries)


def _a_country(entries: tuple[Entry, ...]) -> bool:
    return len(entries) == 1 and entries[0].level == "country"


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


def _carry_dual(spots: list[Spot]) -> list[Spot]:
    """ريفي حلب والحسكة: the dual countryside applies to the coordinated second name too."""
    out: list[Spot] = []
    for s in spots:
        prev = out[-1] if out else None
        if prev is not None and prev.dual and s.first == prev.last + 1 and not s.modifier:
            s = s._replace(modifier="countryside", qualifier=prev.qualifier)
        out.append(s)
    return out
