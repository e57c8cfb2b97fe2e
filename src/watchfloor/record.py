"""The outward JSON form of one document's extraction (../shared/eval/SCHEMA.md, version 1)."""

from __future__ import annotations

from typing import Any

from watchfloor.models import Document, Layout
from watchfloor.nlp.types import Extraction

SCHEMA_VERSION = 1


def extraction_record(
    document: Document, layout: Layout, extraction: Extraction | None = None
) -> dict[str, Any]:
    """The SCHEMA.md record of `document`; without an extraction its lists stay empty."""
    found = extraction or Extraction()
    notes = {c.marker: c.url for c in layout.citations}
    return {
        "doc": {
            "id": document.name,
            "title": document.title,
            "published": document.published,
            "url": document.url,
            "authors": document.authors,
            "outlet": document.outlet,
            "lang": document.lang,
            "format": document.format,
        },
        "entities": [
            {"name": e.name, "type": e.type, "country": e.country, "title": e.title, "mentions": e.mentions}
            for e in found.entities
        ],
        "places": [
            {
                "name": p.name,
                "kind": p.kind,
                "lat": p.lat,
                "lon": p.lon,
                "country": p.country,
                "mentions": p.mentions,
            }
            for p in found.places
        ],
        "events": [
            {
                "type": e.type,
                "mode": e.mode,
                "actor": e.actor,
                "actor_country": e.actor_country,
                "recipient": e.recipient,
                "recipient_country": e.recipient_country,
                "date": e.date,
                "place": e.place,
                "certainty": e.certainty,
                "source": e.source,
                "text": e.text,
                "trigger": e.trigger,
                "quantity": e.quantity,
                "span": [e.start, e.end],
                "citations": [{"marker": m, "url": notes.get(m)} for m in e.markers],
            }
            for e in found.events
        ],
        "citations": [
            {"marker": c.marker, "url": c.url, "defanged": c.defanged, "foreign": c.foreign}
            for c in layout.citations
        ],
        "schema": SCHEMA_VERSION,
    }
