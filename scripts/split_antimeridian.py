"""Make the map's basemap draw cleanly on a flat map: no ring of a country may have an edge that
jumps across the antimeridian (from 180° to -180°), which Leaflet draws as a line across the
whole world (the seam once seen south of Africa, from Fiji).

A ring crossing the antimeridian (Fiji, Chukotka) is cut in two along it; the ring around the
South Pole (Antarctica) is closed along the map's bottom edge instead. Run once after
`_build_basemap.sh`: python scripts/split_antimeridian.py src/watchfloor/web/static/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path

Point = list[float]
Ring = list[Point]


def jumps(ring: Ring) -> list[int]:
    """The indices i whose edge to i + 1 crosses the antimeridian."""
    return [i for i in range(len(ring) - 1) if abs(ring[i + 1][0] - ring[i][0]) > 180]


def unwrap(ring: Ring) -> Ring:
    """The ring with continuous longitudes (some beyond ±180)."""
    out = [list(ring[0])]
    for lon, lat in ring[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        out.append([lon, lat])
    return out


def clip(ring: Ring, limit: float, keep_below: bool) -> Ring:
    """Sutherland–Hodgman against the half-plane lon <= limit (or >= limit)."""

    def inside(p: Point) -> bool:
        return p[0] <= limit if keep_below else p[0] >= limit

    out: Ring = []
    for a, b in pairwise(ring):
        if inside(a):
            out.append(a)
        if inside(a) != inside(b):
            t = (limit - a[0]) / (b[0] - a[0])
            out.append([limit, a[1] + t * (b[1] - a[1])])
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else []


def split_ring(ring: Ring) -> list[Ring]:
    """The ring as pieces that never jump across the antimeridian."""
    crossing = jumps(ring)
    if not crossing:
        return [ring]
    if len(crossing) % 2:  # around the pole: close it along the bottom of the map
        i = crossing[0]
        a, b = ring[i], ring[i + 1]
        step = -10 if b[0] < a[0] else 10
        bottom = [[float(lon), -90.0] for lon in range(int(a[0]), int(b[0]) + step, step)]
        return [[*ring[: i + 1], *bottom, *ring[i + 1 :]]]
    flat = unwrap(ring)
    limit = 180.0 if max(p[0] for p in flat) > 180 else -180.0
    home = clip(flat, limit, keep_below=limit > 0)
    away = [[lon - 360 if limit > 0 else lon + 360, lat] for lon, lat in clip(flat, limit, limit < 0)]
    return [r for r in (home, away) if r]


def split_geometry(geometry: dict[str, object]) -> dict[str, object]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    out: list[list[Ring]] = []
    for polygon in polygons:  # type: ignore[attr-defined]
        exterior, *holes = polygon
        pieces = split_ring(exterior)
        if len(pieces) == 1:
            out.append([pieces[0], *holes])
        else:
            out.extend([piece] for piece in pieces)
    if len(out) == 1:
        return {"type": "Polygon", "coordinates": out[0]}
    return {"type": "MultiPolygon", "coordinates": out}


def main(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for feature in data["features"]:
        feature["geometry"] = split_geometry(feature["geometry"])
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
