"""Dictionary place recogniser over a small built-in list (governorates, countries).

A stand-in for the gazetteer-backed geocoder: it finds the listed names through clitics
(بريف، والرقة) and says which entry each is, nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from marsad.model import Mention
from marsad.text.lexicon import PhraseLexicon, longest
from marsad.text.view import TextView

NAME = "marsad.places.v1"


@lru_cache(maxsize=1)
def builtin_places() -> PhraseLexicon[dict[str, object]]:
    """The built-in list, loaded once per process."""
    lexicon: PhraseLexicon[dict[str, object]] = PhraseLexicon()
    data = resources.files("marsad.recognise").joinpath("places_builtin.tsv")
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        arabic, name, level, country, admin1, gid, lat, lon = line.split("\t")
        lexicon.add(
            arabic,
            {
                "name": name,
                "level": level,
                "country": country,
                "admin1": admin1 or None,
                "geonames_id": int(gid) if gid else None,
                "lat": float(lat) if lat else None,
                "lon": float(lon) if lon else None,
            },
        )
    return lexicon


class PlaceRecogniser:
    """Finds built-in place names; the value is the list entry."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("place",)

    def __init__(self) -> None:
        self.lexicon = builtin_places()

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        out = []
        for m in longest(self.lexicon.matches(view.tokens)):
            span = view.span(m.start, m.end)
            out.append(Mention("place", span, span.of(view.original), m.value, self.name))
        return out
