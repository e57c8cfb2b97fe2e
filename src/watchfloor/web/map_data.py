"""The map's data: events that have a place, as a GeoJSON FeatureCollection whose features carry
what the popup shows (sentence, certainty, parties, document, note URLs) and the PLOVER quad class
the marker's colour comes from, and whether the place is coarse (a country or region, drawn
apart from a city or site). Also the quad class of a type, which timeline and network share."""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache

from watchfloor.kb.loader import load_kb
from watchfloor.store.queries import EventFilters, EventRow, PlaceRow, StoreQueries
from watchfloor.web.convert import reader_url, safe_href
from watchfloor.web.view_schemas import (
    MapCell,
    MapFeature,
    MapProperties,
    MapResponse,
    PointGeometry,
    Quad,
    SourceOut,
)

QUADS: tuple[Quad, ...] = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)
QUAD_LABELS: dict[Quad, str] = {
    "verbal_cooperation": "Verbal cooperation",
    "material_cooperation": "Material cooperation",
    "verbal_conflict": "Verbal conflict",
    "material_conflict": "Material conflict",
    "unknown": "Unknown type",
}
COARSE_KINDS = frozenset({"country", "region"})  # the point is only the area's centre


@lru_cache(maxsize=64)
def quad_of(event_type: str) -> Quad:
    """The PLOVER quad class of an event type (from the knowledge base), "unknown" for a type it
    does not know."""
    found = load_kb().plover_type(event_type.strip().upper())
    if found is None:
        return "unknown"
    quad: Quad = found.quad
    return quad


def is_cooperation(quad: Quad) -> bool:
    return quad.endswith("_cooperation")


def sentence_url(document_id: int, start: int) -> str:
    return reader_url(document_id, start, prefix="s")


def sources_of(row: EventRow) -> list[SourceOut]:
    """The distinct URLs of the event sentence's notes, in note order."""
    urls = dict.fromkeys(c.url for c in row.citations if c.url)
    return [SourceOut(url=url, href=safe_href(url)) for url in urls]


def valid_point(place: PlaceRow) -> bool:
    return (
        math.isfinite(place.lat)
        and math.isfinite(place.lon)
        and -90.0 <= place.lat <= 90.0
        and -180.0 <= place.lon <= 180.0
    )


DETAIL_ZOOM = 10  # from this zoom on, a viewport's events are listed however many (up to `limit`)


def map_view(queries: StoreQueries, filters: EventFilters, zoom: int | None) -> MapResponse:
    """Without `zoom`, the events (at most `filters.limit`); with it, the viewport's events counted
    per grid cell, and the events themselves only when the viewport holds at most `limit` of them
    or the map is zoomed in to a town."""
    if zoom is None:
        return map_events(queries, filters)
    cells = [
        MapCell(lat=c.lat, lon=c.lon, count=c.count, types=c.types, quads=_quads(c.types), bounds=c.bounds)
        for c in queries.map_cells(filters, zoom)
    ]
    total = sum(c.count for c in cells)
    if total <= filters.limit or zoom >= DETAIL_ZOOM:
        listed = map_events(queries, filters)
        return listed.model_copy(update={"cells": cells, "total": total})
    return MapResponse(features=[], truncated=True, cells=cells, total=total)


def _quads(types: dict[str, int]) -> dict[str, int]:
    quads: dict[str, int] = {}
    for event_type, n in types.items():
        quads[quad_of(event_type)] = quads.get(quad_of(event_type), 0) + n
    return quads


def map_events(queries: StoreQueries, filters: EventFilters) -> MapResponse:
    """The events passing `filters` that have a place with valid coordinates, at most
    `filters.limit` of them."""
    bigger = replace(filters, limit=filters.limit + 1)
    rows = queries.events(bigger, require=("place",))
    truncated = len(rows) > filters.limit
    rows = rows[: filters.limit]
    places = queries.places(sorted({r.place_id for r in rows if r.place_id is not None}))
    features = []
    for row in rows:
        place = places.get(row.place_id) if row.place_id is not None else None
        if place is None or not valid_point(place):
            continue
        properties = MapProperties(
            id=row.id,
            type=row.type,
            quad=quad_of(row.type),
            mode=row.mode,
            actor=row.actor,
            actor_id=row.actor_id,
            recipient=row.recipient,
            recipient_id=row.recipient_id,
            date=row.date,
            certainty=row.certainty,
            confidence=row.confidence,
            sentence=row.text,
            place=place.name,
            place_kind=place.kind,
            coarse=place.kind in COARSE_KINDS,
            document_id=row.document_id,
            document_title=row.document_title or row.document_name,
            reader_url=sentence_url(row.document_id, row.start),
            sources=sources_of(row),
        )
        geometry = PointGeometry(coordinates=(place.lon, place.lat))
        features.append(MapFeature(geometry=geometry, properties=properties))
    return MapResponse(features=features, truncated=truncated)
