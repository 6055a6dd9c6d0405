"""The gazetteer: entries, the file they live in (gzip'd TSV), and an in-memory index over them.

One format serves the shipped default and user imports (docs/gazetteer.md says why): a header
line, then one entry a line. Admin units are entries too, so admin names and containment come
from the same table as towns and facilities.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, Protocol

from marsad.errors import GazetteerError

Level = Literal["country", "admin1", "admin2", "admin3", "place", "facility"]
LEVELS: tuple[Level, ...] = ("country", "admin1", "admin2", "admin3", "place", "facility")
COLUMNS = (
    "key", "geonames_id", "name", "level", "feature", "country", "admin1", "admin2",
    "lat", "lon", "population", "pcode", "names",
)
HEADER = "#marsad-gazetteer-v1\t" + "\t".join(COLUMNS)
ENV_PATH = "MARSAD_GAZETTEER"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer feature. ``key`` is ``scheme:id`` (geonames:170794, ocha:SY0902, marsad:...).

    ``admin1``/``admin2`` are GeoNames admin codes within ``country`` ("07" = Deir ez-Zor).
    ``names`` are every Arabic and English spelling known for it (the name included).
    """

    key: str
    geonames_id: int | None
    name: str
    level: Level
    feature: str
    country: str
    admin1: str = ""
    admin2: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    pcode: str = ""
    names: tuple[str, ...] = ()

    @property
    def scheme(self) -> str:
        return self.key.split(":", 1)[0]

    def to_row(self) -> str:
        cells = [
            self.key, "" if self.geonames_id is None else str(self.geonames_id), self.name,
            self.level, self.feature, self.country, self.admin1, self.admin2,
            _coord(self.lat), _coord(self.lon), str(self.population), self.pcode,
            "|".join(self.names),
        ]
        return "\t".join(_clean(c) for c in cells)

    def merged(self, other: Entry) -> Entry:
        """This entry with ``other``'s names added and its gaps filled from ``other``."""
        names = tuple(dict.fromkeys(self.names + other.names))
        return replace(
            self,
            names=names,
            lat=self.lat if self.lat is not None else other.lat,
            lon=self.lon if self.lon is not None else other.lon,
            population=self.population or other.population,
            pcode=self.pcode or other.pcode,
            admin1=self.admin1 or other.admin1,
            admin2=self.admin2 or other.admin2,
        )


def _coord(x: float | None) -> str:
    return "" if x is None else f"{x:.5f}".rstrip("0").rstrip(".")


def _clean(cell: str) -> str:
    return cell.replace("\t", " ").replace("\n", " ")


def parse_row(line: str) -> Entry:
    """One file line -> Entry; ValueError says what is wrong."""
    cells = line.rstrip("\n").split("\t")
    if len(cells) != len(COLUMNS):
        raise ValueError(f"expected {len(COLUMNS)} columns, found {len(cells)}")
    key, gid, name, level, feature, cc, a1, a2, lat, lon, pop, pcode, names = cells
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    return Entry(
        key, int(gid) if gid else None, name, level, feature, cc, a1, a2,
        float(lat) if lat else None, float(lon) if lon else None, int(pop or 0), pcode,
        tuple(n for n in names.split("|") if n),
    )


def write_entries(path: Path, entries: Iterable[Entry]) -> int:
    """Write a gazetteer file (gzip'd when the name ends in .gz); returns the entry count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = sorted(entries, key=lambda e: (e.country, LEVELS.index(e.level), e.key))
    body = HEADER + "\n" + "".join(e.to_row() + "\n" for e in rows)
    data = body.encode("utf-8")
    if path.suffix == ".gz":
        # mtime=0 keeps the build reproducible byte for byte.
        data = gzip.compress(data, compresslevel=9, mtime=0)
    path.write_bytes(data)
    return len(rows)


def read_entries(data: bytes, where: str) -> list[Entry]:
    """Parse a gazetteer file's bytes (gzip'd or not)."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    lines = data.decode("utf-8").splitlines()
    if not lines or not lines[0].startswith("#marsad-gazetteer-v1"):
        raise GazetteerError(f"{where} is not a marsad gazetteer file (no header)")
    out = []
    for n, line in enumerate(lines[1:], start=2):
        try:
            out.append(parse_row(line))
        except ValueError as exc:
            raise GazetteerError(f"{where}: line {n}: {exc}") from exc
    return out


class Gazetteer(Protocol):
    """What the resolver needs from a gazetteer (injected; a database-backed one fits too)."""

    def entries(self) -> Iterator[Entry]: ...

    def get(self, key: str) -> Entry | None: ...

    def admin(self, level: Level, country: str, admin1: str, admin2: str = "") -> Entry | None: ...

    def country(self, code: str) -> Entry | None: ...

    def seat(self, admin1: Entry) -> Entry | None: ...


class MemoryGazetteer:
    """All entries in memory, indexed by key, by admin code and by country."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._by_key: dict[str, Entry] = {}
        for e in entries:
            old = self._by_key.get(e.key)
            self._by_key[e.key] = old.merged(e) if old else e
        self._admin: dict[tuple[str, str, str, str], Entry] = {}
        self._countries: dict[str, Entry] = {}
        self._seats: dict[tuple[str, str], Entry] = {}
        for e in self._by_key.values():
            if e.level == "country":
                self._countries[e.country] = e
            elif e.level in ("admin1", "admin2") and e.scheme == "geonames":
                key = (e.level, e.country, e.admin1, e.admin2 if e.level == "admin2" else "")
                self._admin.setdefault(key, e)
            elif e.level == "place" and e.feature in ("P.PPLA", "P.PPLC"):
                cur = self._seats.get((e.country, e.admin1))
                if cur is None or e.feature == "P.PPLA" or e.population > cur.population:
                    self._seats[(e.country, e.admin1)] = e

    def __len__(self) -> int:
        return len(self._by_key)

    def entries(self) -> Iterator[Entry]:
        return iter(self._by_key.values())

    def get(self, key: str) -> Entry | None:
        return self._by_key.get(key)

    def admin(self, level: Level, country: str, admin1: str, admin2: str = "") -> Entry | None:
        return self._admin.get((level, country, admin1, admin2 if level == "admin2" else ""))

    def country(self, code: str) -> Entry | None:
        return self._countries.get(code)

    def seat(self, admin1: Entry) -> Entry | None:
        """The admin unit's capital town (ACLED's fallback point for a region)."""
        return self._seats.get((admin1.country, admin1.admin1))

    @classmethod
    def open(cls, path: Path) -> MemoryGazetteer:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise GazetteerError(f"cannot open gazetteer {path}: {exc.strerror}") from exc
        return cls(read_entries(data, str(path)))


DEFAULT_RESOURCE = "gazetteer.tsv.gz"


def default_path() -> Path | None:
    """The user's gazetteer (``$MARSAD_GAZETTEER``) when set; else None (the embedded one)."""
    env = os.environ.get(ENV_PATH)
    return Path(env) if env else None


@lru_cache(maxsize=1)
def embedded() -> MemoryGazetteer:
    """The gazetteer shipped in the package, loaded once per process."""
    res = resources.files("marsad.geocode").joinpath("data", DEFAULT_RESOURCE)
    return MemoryGazetteer(read_entries(res.read_bytes(), f"marsad/geocode/data/{DEFAULT_RESOURCE}"))


def default_gazetteer() -> MemoryGazetteer:
    """``$MARSAD_GAZETTEER`` if set, else the embedded default."""
    path = default_path()
    return _open_cached(str(path)) if path else embedded()


@lru_cache(maxsize=4)
def _open_cached(path: str) -> MemoryGazetteer:
    return MemoryGazetteer.open(Path(path))
