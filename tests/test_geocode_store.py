"""The gazetteer file format, the embedded default and the admin hierarchy over it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from marsad.errors import GazetteerError
from marsad.geocode.store import Entry, MemoryGazetteer, embedded, read_entries, write_entries

DATA = Path(__file__).resolve().parents[1] / "marsad" / "geocode" / "data"


def test_round_trip(tmp_path: Path) -> None:
    e = Entry("geonames:1", 1, "Town", "place", "P.PPL", "SY", "07", "", 35.1, 40.2, 900, "",
              ("Town", "بلدة تجريبية"))
    path = tmp_path / "g.tsv.gz"
    assert write_entries(path, [e]) == 1
    assert MemoryGazetteer.open(path).get("geonames:1") == e


def test_broken_file_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="line 2"):
        read_entries(b"#marsad-gazetteer-v1\tkey\nonly\tthree\tcells\n", "x")
    with pytest.raises(GazetteerError, match="no header"):
        read_entries(b"not a gazetteer\n", "x")


def test_embedded_is_small_and_opens_fast() -> None:
    assert (DATA / "gazetteer.tsv.gz").stat().st_size <= 10 * 1024 * 1024
    embedded.cache_clear()
    t0 = time.perf_counter()
    gaz = embedded()
    assert time.perf_counter() - t0 < 1.0
    countries = {e.country for e in gaz.entries() if e.level == "place"}
    assert {"SY", "IQ", "TR", "LB", "JO", "YE", "LY", "SD", "EG", "PS"} <= countries
    assert gaz.country("IL") is not None


def test_admin_hierarchy_and_seats() -> None:
    gaz = embedded()
    deir = gaz.admin("admin1", "SY", "07")
    assert deir is not None and deir.geonames_id == 170792 and "دير الزور" in deir.names
    seat = gaz.seat(deir)
    assert seat is not None and seat.geonames_id == 170794
    # Open-Syria/OCHA units hang under the GeoNames admin1 codes.
    hajin = [e for e in gaz.entries() if e.pcode == "SY090201"]
    assert hajin and hajin[0].admin1 == "07" and hajin[0].level == "admin3"


def test_every_facility_has_a_public_source() -> None:
    rows = [r for r in (DATA / "facilities.tsv").read_text(encoding="utf-8").splitlines()
            if r and not r.startswith("#")]
    assert len(rows) >= 30
    for row in rows:
        cells = row.split("\t")
        assert len(cells) == 10 and cells[-1].startswith("https://"), row
        assert -90 <= float(cells[5]) <= 90 and -180 <= float(cells[6]) <= 180
