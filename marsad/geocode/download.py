"""Fetch GeoNames dumps (``marsad gazetteer import --download XX``); never called at run time.

Files come from https://download.geonames.org/export/dump/ (CC BY 4.0). Zips are unpacked
next to them. ``base_url`` is a parameter so the same code runs against a local mirror.
"""

from __future__ import annotations

import shutil
import urllib.request
import zipfile
from pathlib import Path

from marsad.errors import GazetteerError

GEONAMES_DUMP = "https://download.geonames.org/export/dump/"
SHARED_FILES = ("admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt")


def _fetch(url: str, dest: Path) -> Path:
    try:
        with urllib.request.urlopen(url, timeout=60) as resp, dest.open("wb") as out:
            shutil.copyfileobj(resp, out)
    except OSError as exc:
        dest.unlink(missing_ok=True)
        raise GazetteerError(f"cannot download {url}: {exc}") from exc
    return dest


def _unzip(archive: Path, member: str) -> Path:
    try:
        with zipfile.ZipFile(archive) as zf:
            zf.extract(member, archive.parent)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise GazetteerError(f"{archive} does not hold {member}: {exc}") from exc
    return archive.parent / member


def download(countries: list[str], cache: Path, base_url: str = GEONAMES_DUMP) -> list[Path]:
    """Per-country dumps (XX.txt), their Arabic/English alternate names, and the admin tables."""
    cache.mkdir(parents=True, exist_ok=True)
    base = base_url.rstrip("/") + "/"
    out = [_fetch(base + name, cache / name) for name in SHARED_FILES]
    for cc in countries:
        cc = cc.upper()
        if len(cc) != 2 or not cc.isalpha():
            raise GazetteerError(f"{cc!r} is not a two-letter country code")
        out.append(_unzip(_fetch(f"{base}{cc}.zip", cache / f"{cc}.zip"), f"{cc}.txt"))
        alt = cache / f"alternateNames_{cc}"
        alt.mkdir(exist_ok=True)
        archive = _fetch(f"{base}alternatenames/{cc}.zip", alt / f"{cc}.zip")
        extracted = _unzip(archive, f"{cc}.txt")
        out.append(extracted.rename(cache / f"alternateNames_{cc}.txt"))
    return out
