#!/bin/sh
# How countries-110m.json (the map's basemap) was made, once; only the resulting file is kept.
# Source: Natural Earth Admin 0 countries, 1:110m, version 4.1.0 (public domain,
# https://www.naturalearthdata.com/about/terms-of-use/), as TopoJSON in the npm package
# world-atlas@2.0.2 (ISC licence), converted to GeoJSON with topojson-client@3.1.0 (ISC), then split
# at the antimeridian by scripts/split_antimeridian.py.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund world-atlas@2.0.2 topojson-client@3.1.0
node_modules/.bin/topo2geo -i node_modules/world-atlas/countries-110m.json countries=countries.geojson
cp countries.geojson "$here/countries-110m.json"
# No ring may jump across the antimeridian (Leaflet draws such an edge as a line across the world).
python3 "$here/../../../../scripts/split_antimeridian.py" "$here/countries-110m.json"
rm -rf "$work"
