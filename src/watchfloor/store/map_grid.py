"""The map's events aggregated on the server: counts per grid cell of a viewport, the cell size
following the zoom level (eight cells across a web-map tile), so the map never receives more than
a bounded number of cells however many events match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from watchfloor.store.db import Connection

CELLS_PER_TILE = 8
MAX_ZOOM = 18


@dataclass(frozen=True)
class BBox:
    """A viewport: west, south, east, north in degrees (west > east crosses the antimeridian)."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> BBox:
        try:
            west, south, east, north = (float(part) for part in text.split(","))
        except ValueError as exc:
            raise ValueError("bbox: expected west,south,east,north in degrees") from exc
        if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
            raise ValueError("bbox: latitudes in [-90, 90] (south <= north), longitudes in [-180, 180]")
        return cls(west, south, east, north)

    def condition(self) -> tuple[str, list[Any]]:
        """SQL over places aliased `p` keeping the points inside (read through `places_lat_lon`)."""
        lon = "p.lon BETWEEN ? AND ?" if self.west <= self.east else "(p.lon >= ? OR p.lon <= ?)"
        return f"p.lat BETWEEN ? AND ? AND {lon}", [self.south, self.north, self.west, self.east]


WORLD = BBox(-180.0, -90.0, 180.0, 90.0)


@dataclass
class Cell:
    """Events of one grid cell: their count, per type, and where they are on average."""

    lat: float
    lon: float
    count: int = 0
    types: dict[str, int] = field(default_factory=dict)
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # west, south, east, north


def cell_size(zoom: int) -> float:
    """Degrees of longitude per cell at a web-map zoom level."""
    return 360.0 / float(2 ** max(0, min(zoom, MAX_ZOOM))) / CELLS_PER_TILE


def map_cells(conn: Connection, where: list[str], params: list[Any], zoom: int) -> list[Cell]:
    """Events passing `where` (over events `e`; a viewport is one of its conditions) that have a
    place, counted per grid cell and type, busiest cells first. One grouped query: the events are
    counted per place (a store holds thousands of places, not millions), then places are binned."""
    sql = (
        "SELECT min(p.lat), min(p.lon), e.type, count(*) FROM events e JOIN places p ON p.id = e.place_id"
        f" WHERE {' AND '.join(where) if where else 'TRUE'} GROUP BY e.place_id, e.type"
    )
    size = cell_size(zoom)
    cells: dict[tuple[int, int], Cell] = {}
    sums: dict[tuple[int, int], list[float]] = {}
    for lat, lon, etype, n in conn.execute(sql, params):
        key = (int((lon + 180.0) // size), int((lat + 90.0) // size))
        cell = cells.get(key)
        if cell is None:
            west, south = key[0] * size - 180.0, key[1] * size - 90.0
            cell = cells[key] = Cell(0.0, 0.0, bounds=(west, south, west + size, south + size))
            sums[key] = [0.0, 0.0]
        cell.count += int(n)
        cell.types[str(etype)] = cell.types.get(str(etype), 0) + int(n)
        sums[key][0] += float(lat) * int(n)
        sums[key][1] += float(lon) * int(n)
    for key, cell in cells.items():
        cell.lat, cell.lon = sums[key][0] / cell.count, sums[key][1] / cell.count
    return sorted(cells.values(), key=lambda c: (-c.count, c.bounds))
