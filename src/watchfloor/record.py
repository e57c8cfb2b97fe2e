"""The outward JSON form of one document's extraction (../shared/eval/SCHEMA.md, version 1)."""

from __future__ import annotations

from typing import Any

from watchfloor.models import Document, Layout

SCHEMA_VERSION = 1


def extraction_record(document: Document, layout: Layout) -> dict[str, Any]:
    """The SCHEMA.md record of `document`; lists this stage cannot fill yet stay empty."""
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
        "entities": [],
        "places": [],
        "events": [],
        "citations": [
            {"marker": c.marker, "url": c.url, "defanged": c.defanged, "foreign": c.foreign}
            for c in layout.citations
        ],
        "schema": SCHEMA_VERSION,
    }
