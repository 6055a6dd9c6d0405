"""Build marsad/serve/static/geo/sy_admin1.geojson: Syria's 14 governorates, simplified.

Input: ../shared/data/boundaries/syr_admin1_ocha_20201217.geojson (OCHA COD-AB, CC BY 3.0 IGO)
joined by P-code with ../shared/data/opensyria_geography/admin_units_flat.tsv (GeoNames ids and
names, CC BY 4.0), so the page can match an event's admin1 by name, P-code or GeoNames id.
Geometry is simplified (shapely, topology-preserving) and rounded to 3 decimals (~100 m): the
map draws governorates as areas, it never needs survey precision.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

from shapely.geometry import mapping, shape

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
SOURCE = SHARED / "data" / "boundaries" / "syr_admin1_ocha_20201217.geojson"
UNITS = SHARED / "data" / "opensyria_geography" / "admin_units_flat.tsv"
OUT = REPO / "marsad" / "serve" / "static" / "geo" / "sy_admin1.geojson"
TOLERANCE = 0.01  # degrees (~1 km)
ATTRIBUTION = "Governorates: UN OCHA / HDX, Syrian Arab Republic COD-AB (CC BY 3.0 IGO)"


def _round(coords: object) -> object:
    if isinstance(coords, (list, tuple)):
        if coords and isinstance(coords[0], (int, float)):
            return [round(float(c), 3) for c in coords]
        return [_round(c) for c in coords]
    return coords


def main() -> int:
    units: dict[str, dict[str, str]] = {}
    with UNITS.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["level"] == "ADM1" and row["ocha_pcode"]:
                units[row["ocha_pcode"]] = row
    src = json.loads(SOURCE.read_text(encoding="utf-8"))
    features = []
    for feat in sorted(src["features"], key=lambda f: f["properties"]["adm1_pcode"]):
        p = feat["properties"]
        unit = units[p["adm1_pcode"]]
        names = {p["adm1_name"], p["adm1_name1"], p["province_name"], unit["name_en"], unit["name_ar"]}
        names.update(a for a in unit["aliases_ar"].split("|") + unit["aliases_en"].split("|") if a)
        geom = shape(feat["geometry"]).simplify(TOLERANCE, preserve_topology=True)
        features.append({
            "type": "Feature",
            "properties": {
                "pcode": p["adm1_pcode"], "geonames_id": int(unit["geonames_id"]),
                "name_en": unit["name_en"], "name_ar": unit["name_ar"],
                "names": sorted(n for n in names if n),
            },
            "geometry": _round(mapping(geom)),
        })
    out = {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(features)} governorates, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
