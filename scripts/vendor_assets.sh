#!/usr/bin/env bash
# Reproduce marsad/serve/static/vendor/ from pinned npm packages (run from the repo root).
# The page and /docs load nothing from a CDN: every asset they need is copied here, and only
# the dist files they use (no source maps, no sources). Needs npm and network access to the
# npm registry; the governorate outlines also need ../shared/data/boundaries and shapely
# (pip install -e '.[assets]').
set -euo pipefail
cd "$(dirname "$0")/.."
out=marsad/serve/static/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

LEAFLET=leaflet@1.9.4
WORLD_ATLAS=world-atlas@2.0.2
TOPOJSON_CLIENT=topojson-client@3.1.0
REDOC=redoc@2.5.4

unpack() {  # npm pack a pinned package and unpack it into $tmp/<name>
  local spec=$1 name=${1%@*}
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null)
  mkdir -p "$tmp/$name"
  tar xzf "$tmp/${name}-${spec##*@}.tgz" -C "$tmp/$name"
}

for spec in "$LEAFLET" "$WORLD_ATLAS" "$TOPOJSON_CLIENT" "$REDOC"; do unpack "$spec"; done

rm -rf "$out"
mkdir -p "$out/leaflet/images" "$out/world-atlas" "$out/topojson-client" "$out/redoc"
cp "$tmp/leaflet/package/dist/leaflet.js" "$tmp/leaflet/package/dist/leaflet.css" "$out/leaflet/"
cp "$tmp/leaflet/package/dist/images/"*.png "$out/leaflet/images/"
cp "$tmp/leaflet/package/LICENSE" "$out/leaflet/LICENSE"
cp "$tmp/world-atlas/package/countries-110m.json" "$tmp/world-atlas/package/LICENSE" "$out/world-atlas/"
cp "$tmp/topojson-client/package/dist/topojson-client.min.js" "$tmp/topojson-client/package/LICENSE" \
   "$out/topojson-client/"
cp "$tmp/redoc/package/bundles/redoc.standalone.js" "$tmp/redoc/package/LICENSE" "$out/redoc/"
cp "$tmp/redoc/package/bundles/redoc.standalone.js.LICENSE.txt" "$out/redoc/" 2>/dev/null || true
cat > "$out/VERSIONS" <<VERSIONS
$LEAFLET
$WORLD_ATLAS (countries-110m.json, Natural Earth, public domain)
$TOPOJSON_CLIENT
$REDOC
VERSIONS

# Syrian governorates (OCHA COD-AB, CC BY 3.0 IGO), simplified to a small GeoJSON.
"${PYTHON:-.venv/bin/python}" scripts/build_governorates.py
du -sh "$out"
