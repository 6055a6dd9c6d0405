"""Where an event may be drawn: a point, a governorate area, or only a list — never a fake point.

A marker is honest only for a specific, dated event whose place is a town or a small area
(geo_precision 1-2) with coordinates. Pattern events (recurring, trend...), undated events and
region-only places are drawn as their governorate polygon when one is known, otherwise listed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

Placement = Literal["point", "area", "list"]
JSON = dict[str, Any]

_FOLD = re.compile(r"[\s\-_'’`.]+")
_PREFIXES = ("governorate of ", "محافظة ")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def _fold(name: str) -> str:
    """Compare admin names loosely: case, dashes, spaces, hamza forms and 'Governorate'."""
    n = name.strip().lower().translate(_ARABIC_FOLD)
    for p in _PREFIXES:
        if n.startswith(p):
            n = n[len(p):]
    n = n.removesuffix(" governorate")
    return _FOLD.sub("", n)


@dataclass(frozen=True, slots=True)
class Area:
    """A governorate outline the map can draw an event over."""

    pcode: str
    geonames_id: int
    name_en: str
    name_ar: str


@cache
def governorates() -> JSON:
    """The simplified governorate FeatureCollection shipped with the page (OCHA, CC BY IGO)."""
    path = resources.files("marsad.serve") / "static" / "geo" / "sy_admin1.geojson"
    data: JSON = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _index() -> tuple[dict[str, Area], dict[int, Area], dict[str, JSON]]:
    by_name: dict[str, Area] = {}
    by_id: dict[int, Area] = {}
    geometry: dict[str, JSON] = {}
    for feat in governorates()["features"]:
        p = feat["properties"]
        area = Area(p["pcode"], p["geonames_id"], p["name_en"], p["name_ar"])
        for n in [*p["names"], p["pcode"]]:
            by_name.setdefault(_fold(n), area)
        by_id[area.geonames_id] = area
        geometry[area.pcode] = feat["geometry"]
    return by_name, by_id, geometry


def area_for(location: JSON | None) -> Area | None:
    """The governorate containing an event's place, by admin1 name/code or the place's own id."""
    if not location:
        return None
    by_name, by_id, _ = _index()
    country = location.get("country")
    if country not in (None, "SY"):
        return None
    gid = location.get("geonames_id")
    if isinstance(gid, int) and gid in by_id:
        return by_id[gid]
    admin1 = location.get("admin1")
    if isinstance(admin1, str) and admin1:
        return by_name.get(_fold(admin1))
    return None


def area_geometry(pcode: str) -> JSON | None:
    return _index()[2].get(pcode)


def placement(event: JSON) -> tuple[Placement, Area | None]:
    """How the map may show this contract event (see the module docstring)."""
    loc = event.get("location")
    area = area_for(loc)
    date = event.get("date") or {}
    if (
        loc
        and event.get("specificity") == "specific"
        and date.get("start")
        and loc.get("lat") is not None
        and loc.get("lon") is not None
        and loc.get("geo_precision") in (1, 2)
    ):
        return "point", area
    return ("area" if area is not None else "list"), area
