"""`marsad gazetteer import`: GeoNames rows load, broken rows are reported by line, the rest loads."""

from __future__ import annotations

import zipfile
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app
from marsad.geocode.download import download
from marsad.geocode.store import MemoryGazetteer
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view


def geoname(gid: int, name: str, alt: str, lat: str, lon: str, code: str = "PPL",
            a1: str = "07", pop: str = "900") -> str:
    cells = [str(gid), name, name, alt, lat, lon, "P", code, "SY", "", a1, "", "", "", pop,
             "", "200", "Asia/Damascus", "2020-01-01"]
    return "\t".join(cells)


GOOD_1 = geoname(9000001, "Ash Shuhayl", "Shuhayl,الشحيل", "35.0", "40.5")
GOOD_2 = geoname(9000002, "Al Baghuz", "Baghouz,الباغوز", "34.46", "40.95")
BROKEN = [
    "9000003\tToo Few\tColumns",
    geoname(9000004, "Bad Lat", "", "135.0", "40.0"),
    geoname(9000005, "Bad Id", "", "35.0", "40.0").replace("9000005", "x9", 1),
]


def write_dump(path: Path) -> Path:
    path.write_text("\n".join([GOOD_1, *BROKEN, GOOD_2]) + "\n", encoding="utf-8")
    return path


def test_import_reports_broken_rows_and_loads_the_rest(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "SY.txt")
    out = tmp_path / "gaz.tsv.gz"
    result = CliRunner().invoke(app, ["gazetteer", "import", str(dump), "--out", str(out),
                                      "--no-base"])
    assert result.exit_code == 1, result.output
    for line, reason in ((2, "expected 19 columns"), (3, "latitude"), (4, "geonameid")):
        assert f"SY.txt:{line}: " in result.output and reason in result.output
    gaz = MemoryGazetteer.open(out)
    assert {e.key for e in gaz.entries()} >= {"geonames:9000001", "geonames:9000002"}
    assert gaz.get("geonames:9000004") is None


def test_imported_villages_are_resolved(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "SY.txt")
    out = tmp_path / "gaz.tsv.gz"
    CliRunner().invoke(app, ["gazetteer", "import", str(dump), "--out", str(out)])
    rec = ToponymRecogniser(MemoryGazetteer.open(out))
    text = "قتل مدنيان في قصف على بلدة الشحيل بريف دير الزور الشرقي."
    found = rec(view(Document("sha256:t", text, "ar", "t")), [])
    village = [m.value for m in found if m.text == "بلدة الشحيل"]
    assert village and village[0]["place_id"] == "geonames:9000001"
    assert village[0]["admin1"] == "Deir ez-Zor" and village[0]["geo_precision"] == 1


def test_download_from_a_local_mirror(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    (mirror / "alternatenames").mkdir(parents=True)
    for name in ("admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt"):
        (mirror / name).write_text("", encoding="utf-8")
    with zipfile.ZipFile(mirror / "SY.zip", "w") as zf:
        zf.writestr("SY.txt", GOOD_1 + "\n")
    with zipfile.ZipFile(mirror / "alternatenames" / "SY.zip", "w") as zf:
        zf.writestr("SY.txt", "1\t9000001\tar\tالشحيل\t\t\t\t\t\t\n")
    files = download(["sy"], tmp_path / "cache", mirror.as_uri())
    names = sorted(p.name for p in files)
    assert "SY.txt" in names and "alternateNames_SY.txt" in names
    out = tmp_path / "gaz.tsv.gz"
    result = CliRunner().invoke(app, ["gazetteer", "import", *map(str, files), "--out", str(out),
                                      "--no-base"])
    assert result.exit_code == 0, result.output
    entry = MemoryGazetteer.open(out).get("geonames:9000001")
    assert entry is not None and "الشحيل" in entry.names


def test_alternate_names_running_together_are_dropped() -> None:
    from marsad.geocode.importers import keep_name

    assert keep_name("القريتين") and keep_name("Al Qaryatayn") and keep_name("Qaryatayn-East")
    assert not keep_name("Qaryatayn Karyatein Al-Qaryatayn القريتين")  # a field run together
    assert not keep_name("Qaryatayn القريتين")
    assert not keep_name("Карьятейн") and not keep_name("")
