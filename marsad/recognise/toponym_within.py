"""A place the text puts inside a bigger one is read there (CODING §4: the text's own evidence).

"بلدة القصير بريف درعا"، "منطقة الخانق في محافظة إدلب"، "مديرية همدان بمحافظة صنعاء"،
"سنجار في العراق": the place right after في or the clitic بـ names the unit (governorate,
district, town, country) the first lies in; so does a country's adjective right after a name
("مدينة سوسة التونسية"، "بلدة عرسال اللبنانية"). A namesake of the first inside that unit is the
one meant, however well a namesake elsewhere scores; when the gazetteer knows none there, the
first is an unknown place of that unit (not of a whole country: then it is left as it was): it
keeps the unit's country and admin1 (what the text says), no name and no point (never a point
the text does not support). A country named first is left alone. When the first is a
governorate, a capital or a governorate's seat, it settles the unit instead if a namesake of the unit holds it ("مدينة الدمام
بمحافظة الشرقية": Saudi Arabia's Eastern Province, not Egypt's Sharqia); else it is re-read
only when named as a district ("مديرية همدان بمحافظة صنعاء": no Iranian province), never
otherwise ("أهداف طهران في سوريا"، "يوم القدس في إيران": whose or what, not where).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from marsad.geocode.store import Entry, Gazetteer
from marsad.model import JSONValue
from marsad.recognise.cues import read_rows
from marsad.recognise.toponym_spots import Spot
from marsad.text.normalise import normalise_phrase

# Between the two names: في, or the clitic ب on the second.
_LINK = re.compile(r"\s+(?:(?:في|فى)\s+|ب)")
# The word right after a name (a country's adjective: "مدينة سوسة التونسية").
_NEXT_WORD = re.compile(r" (\w+)")
# What a name is too well known as to be re-read as an unknown place of another unit.
_MAJOR_LEVELS = ("admin1",)  # (a country named first is never re-read)
_MAJOR_FEATURES = ("P.PPLC", "P.PPLA")
# Flags set on a value from the words around its mention (kept when the value is re-read).
_FLAGS = ("government", "locates", "spoken", "seat", "outlawed", "distance_km")

# (spot, value) -> the value with a re-read entry (``ToponymRecogniser`` resolving ``entries``).
Reread = Callable[[Spot, tuple[Entry, ...], tuple[str, str]], dict[str, JSONValue] | None]


def read_within(found: Sequence[tuple[Spot, dict[str, JSONValue]]], text: str,
                gazetteer: Gazetteer, reread: Reread) -> None:
    """Re-read, in place, the value of each spot that ``text`` (normalised) puts inside the
    next spot's place or a country its adjective names, when its entry lies outside it (from
    the last: "قرية في ناحية بمحافظة" settles the district before the village)."""
    adjectives = country_adjectives()
    for k in range(len(found) - 1, -1, -1):
        spot, value = found[k]
        if value.get("level") == "country":
            continue
        unit: dict[str, JSONValue] | None = None
        big: Entry | None = None
        if k + 1 < len(found):
            outer, unit = found[k + 1]
            if spot.end < outer.start and _LINK.fullmatch(text, spot.end, outer.start):
                big = _entry(unit, gazetteer)
        if big is None:
            word = _NEXT_WORD.match(text, spot.end)
            cc = adjectives.get(word.group(1)) if word else None
            big = gazetteer.country(cc) if cc else None  # سوسة التونسية
            unit = None
        if big is None or big.level == "facility":
            continue
        own = _entry(value, gazetteer)
        if own is not None and _inside(own, big):
            continue
        if unit is not None and own is not None and _major(own):
            # "مدينة الدمام بمحافظة الشرقية": the well-known place settles which unit is meant.
            around = tuple(e for e in outer.entries if e.level != "facility" and _inside(own, e))
            new = reread(outer, around, (own.country, own.admin1)) if around else None
            if new is not None:
                _replace(unit, new)
                continue
            if spot.cue not in ("district", "nahiya"):
                continue  # "أهداف طهران في سوريا": whose targets, not where Tehran lies
        inside = tuple(e for e in spot.entries if e.level != "country" and _inside(e, big))
        new = reread(spot, inside, (big.country, big.admin1)) if inside else None
        if new is None:
            if unit is None or big.level == "country":
                continue
            new = _unknown_in(value, unit)
        _replace(value, new)


def _major(e: Entry) -> bool:
    """A country, a governorate, a capital or a governorate's seat."""
    return e.level in _MAJOR_LEVELS or e.feature in _MAJOR_FEATURES


def _replace(value: dict[str, JSONValue], new: dict[str, JSONValue]) -> None:
    """``value`` becomes ``new``, keeping the flags the words around its mention set; a short
    distance before it (``toponyms._offset``) still puts the act only near the re-read town."""
    for flag in _FLAGS:
        if flag in value:
            new[flag] = value[flag]
    if "distance_km" in new and not new.get("locates") and new.get("geo_precision") == 1:
        new["geo_precision"] = 2
    value.clear()
    value.update(new)


@lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    """Countries' nisba adjectives (normalised, التونسية) -> country code (countries_ar.tsv)."""
    out: dict[str, str] = {}
    for cells in read_rows("marsad.geocode", "data/countries_ar.tsv"):
        if len(cells) >= 3:
            for adjective in cells[2].split("|"):
                if adjective.strip():
                    out[normalise_phrase(adjective.strip())] = cells[0].strip()
    return out


def _entry(value: dict[str, JSONValue], gazetteer: Gazetteer) -> Entry | None:
    key = value.get("place_id")
    return gazetteer.get(key) if isinstance(key, str) else None


def _inside(e: Entry, unit: Entry) -> bool:
    """``e`` lies in ``unit`` (its country, and its admin1 unless ``unit`` is a country)."""
    return e.country == unit.country and (unit.level == "country" or e.admin1 == unit.admin1)


def _unknown_in(value: dict[str, JSONValue], unit: dict[str, JSONValue]) -> dict[str, JSONValue]:
    """``value`` as an unknown place of ``unit``: its country and admin1, no name, no point."""
    new = dict.fromkeys(("name", "level", "admin2", "admin3", "geonames_id", "id_scheme",
                         "place_id", "lat", "lon", "feature"))
    new.update(country=unit.get("country"), admin1=unit.get("admin1"), geo_precision=2,
               qualifier=value.get("qualifier"), candidates=value.get("candidates", []),
               within=True)
    return new
