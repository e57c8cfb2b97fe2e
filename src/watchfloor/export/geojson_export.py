"""GeoJSON (RFC 7946): a FeatureCollection of the events that have a place (a Point at the place,
longitude first) and of those places (one Feature each, with how many exported events happened
there). Features are built and checked with the `geojson` library and written one at a time."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import geojson

from watchfloor.export.ids import absolute_url, date_precision, event_uuid, place_uuid
from watchfloor.export.source import ExportSource, PlaceInfo, Tick


def _feature(feature_id: str, lon: float, lat: float, properties: dict[str, Any]) -> str:
    feature = geojson.Feature(id=feature_id, geometry=geojson.Point((lon, lat)), properties=properties)
    if not feature.is_valid:
        raise ValueError(f"feature {feature_id}: {feature.errors()}")
    return json.dumps(feature, ensure_ascii=False)


def geojson_chunks(source: ExportSource, tick: Tick | None = None) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": [\n'
    separator = ""
    places: dict[int, PlaceInfo | None] = {}
    counts: Counter[int] = Counter()
    for document, events in source.by_document(tick):
        lines = []
        for event in events:
            row = event.row
            if row.place_id is None:
                continue
            if row.place_id not in places:
                places[row.place_id] = source.place(row.place_id)
            place = places[row.place_id]
            if place is None:
                continue
            counts[row.place_id] += 1
            properties = {
                "feature": "event",
                "type": row.type,
                "mode": row.mode,
                "date": row.date,
                "date_precision": date_precision(row.date),
                "actor": row.actor,
                "actor_country": row.actor_country,
                "recipient": row.recipient,
                "recipient_country": row.recipient_country,
                "place": place.name,
                "place_id": place_uuid(place.gazetteer_id),
                "certainty": row.certainty,
                "source": row.source,
                "confidence": round(row.confidence, 3),
                "sentence": row.text,
                "document": document.name,
                "document_title": document.title,
                "document_url": document.url,
                "note_urls": list(dict.fromkeys(absolute_url(c.url)[0] for c in row.citations if c.url)),
            }
            uuid = event_uuid(event.document_key, event.position)
            lines.append(_feature(uuid, place.lon, place.lat, properties))
        if lines:
            yield separator + ",\n".join(lines)
            separator = ",\n"
    for place_id, place in places.items():
        if place is None:
            continue
        properties = {
            "feature": "place",
            "name": place.name,
            "kind": place.kind,
            "country": place.country,
            "gazetteer_id": place.gazetteer_id,
            "events": counts[place_id],
        }
        yield separator + _feature(place_uuid(place.gazetteer_id), place.lon, place.lat, properties)
        separator = ",\n"
    yield "\n]}\n"
