"""Resolution: score a name's candidate entries in context and say how precise the answer is.

Signals: the article's country, admin1 units co-mentioned (in the article and right next to
the mention), the cue word (مدينة, محافظة, حقل ...), feature class/code and population. Below
a floor the answer is "no match": the mention keeps its candidates and no point is invented.
ACLED geo_precision: 1 a town or facility, 2 part of a region / near a town, 3 a region.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from marsad.geocode.store import Entry, Gazetteer

# What the words around a name say about it.
Cue = Literal["none", "town", "nahiya", "district", "governorate", "facility", "country"]
Modifier = Literal["", "countryside", "direction", "near"]

NO_MATCH_BELOW = 1.2
MAX_CANDIDATES = 5

_LEVEL_PRIOR = {
    "country": 1.6, "admin1": 1.2, "admin2": 0.5, "admin3": 0.3, "place": 1.0, "facility": 0.6,
}
_FEATURE_PRIOR = {"P.PPLC": 1.0, "P.PPLA": 0.9, "P.PPLA2": 0.5, "P.PPLA3": 0.2}
_TOWN_CUE_PLACE, _TOWN_CUE_OTHER = 2.0, -1.0  # a town cue's weight for a place, another level
_TOWN_CUE_SWING = _TOWN_CUE_PLACE - _TOWN_CUE_OTHER


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says around a mention: its country and the admin1 units it names."""

    country: str | None = None
    admin1s: frozenset[tuple[str, str]] = frozenset()
    near: frozenset[tuple[str, str]] = frozenset()
    facility_words: bool = False


@dataclass(frozen=True, slots=True)
class Resolution:
    """The chosen entry (or None), its precision and the candidates considered, best first."""

    entry: Entry | None
    precision: int | None
    lat: float | None
    lon: float | None
    scored: tuple[tuple[Entry, float], ...] = field(default=())


def score(e: Entry, cue: Cue, features: frozenset[str], modifier: Modifier, ctx: Context) -> float:
    """How well ``e`` fits the mention; higher is better, below NO_MATCH_BELOW is no match."""
    s = _LEVEL_PRIOR[e.level] + _FEATURE_PRIOR.get(e.feature, 0.0)
    s += min(math.log10(e.population + 1) / 7.0, 1.0)
    if ctx.country is not None and e.level != "country":
        s += 2.0 if e.country == ctx.country else -1.5
    if (e.country, e.admin1) in ctx.near:
        s += 1.5
    if (e.country, e.admin1) in ctx.admin1s:
        s += 1.0
    if e.level == "facility":
        if cue == "facility" and (not features or e.feature in features):
            s += 3.0
        elif ctx.facility_words:
            s += 2.0
        else:
            s -= 3.0  # a facility's bare short name needs a cue or facility words nearby
    elif cue == "facility":
        s -= 3.0
    if e.scheme == "marsad":
        s += 1.0  # curated for conflict reporting: preferred over an OCHA alias of the same name
    if cue == "town":
        s += _TOWN_CUE_PLACE if e.level == "place" else _TOWN_CUE_OTHER
    elif cue == "governorate":
        s += 3.0 if e.level == "admin1" else -1.0
        if e.level == "place" and e.population == 0:
            # "محافظة الطائف": a governorate the gazetteer lacks is no unpeopled neighbourhood
            # of the same name (in another country, as often as not): better no place.
            s -= 3.0
    elif cue == "nahiya":
        s += 3.0 if e.level == "admin3" else -0.5
    elif cue == "district":
        s += 1.5 if e.level == "admin2" else 0.0
    elif cue == "country":
        s += 3.0 if e.level == "country" else -2.0
    if modifier == "countryside" and e.level in ("admin1", "admin2"):
        s += 0.5
    return s


class Resolver:
    """Scores candidates against a gazetteer's admin hierarchy."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def resolve(
        self, candidates: Sequence[Entry], cue: Cue = "none", features: frozenset[str] = frozenset(),
        modifier: Modifier = "", ctx: Context = Context(),
    ) -> Resolution:
        scored = [(e, score(e, cue, features, modifier, ctx)) for e in candidates]
        if len(scored) > 1 and any(e.level == "admin1" for e in candidates):
            towns = {e.country for e in candidates if e.level == "place"}
            scored = [(e, sc + self._seatless(e, cue)) if e.level == "admin1"
                      and e.country not in towns else (e, sc) for e, sc in scored]
        if len(scored) > 1:  # most names have one candidate
            scored.sort(key=lambda es: (-es[1], es[0].key))
        top = tuple(scored[:MAX_CANDIDATES])
        if not scored or scored[0][1] < NO_MATCH_BELOW:
            return Resolution(None, None, None, None, top)
        best = scored[0][0]
        if modifier == "countryside" and best.level == "place":
            # ريف حلب: the countryside of the governorate whose seat the town is.
            unit = self.gazetteer.admin("admin1", best.country, best.admin1)
            seat = self.gazetteer.seat(unit) if unit else None
            if unit is not None and seat is not None and seat.key == best.key:
                best = unit
        lat, lon = self.point(best)
        return Resolution(best, precision(best, modifier), lat, lon, top)

    def _seatless(self, e: Entry, cue: Cue) -> float:
        """An admin1 unit whose seat town the gazetteer lacks (and no town of its name in its
        country is a candidate) also stands for that town, which most such units are named after
        ("مدينة سوسة"، "هجوم سوسة" in Tunisia, whose towns the gazetteer does not hold): it scores
        as a governorate's seat would (the PPLA prior, and a town cue counts for it), so a small
        namesake town elsewhere does not win by default."""
        if self.gazetteer.seat(e) is not None:
            return 0.0
        return _FEATURE_PRIOR["P.PPLA"] + (_TOWN_CUE_SWING if cue == "town" else 0.0)

    def point(self, e: Entry) -> tuple[float | None, float | None]:
        """ACLED's point: a region's seat town when known, else its centroid; none for a country."""
        if e.level == "country":
            return None, None
        if e.level == "admin1":
            seat = self.gazetteer.seat(e)
            if seat is not None:
                return seat.lat, seat.lon
        return e.lat, e.lon


def precision(e: Entry, modifier: Modifier) -> int | None:
    """ACLED geo_precision for an entry as the text qualifies it; None for a whole country."""
    if e.level == "country":
        return None
    if e.level == "admin1":
        return 3
    if e.level in ("admin2", "admin3"):
        return 3 if modifier == "countryside" else 2
    if modifier or not e.feature.startswith(("P.", "S.", "H.DAM")):
        return 2
    return 1
