"""The outward JSON form of one document's extraction (../shared/eval/SCHEMA.md, version 1)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from watchfloor.models import Document, Layout
from watchfloor.nlp.types import Event, Extraction

if TYPE_CHECKING:  # the store is only read here: `extract FILE` does not load it
    from watchfloor.store import Store

SCHEMA_VERSION = 1


def extraction_record(
    document: Document, layout: Layout, extraction: Extraction | None = None
) -> dict[str, Any]:
    """The SCHEMA.md record of `document`; without an extraction its lists stay empty."""
    found = extraction or Extraction()
    notes: dict[str, list[str]] = defaultdict(list)
    for citation in layout.citations:
        notes[citation.marker].append(citation.url)
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
            if not e.unnamed
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
                "confidence": round(e.confidence, 3),
                "span": [e.start, e.end],
                "citations": _event_citations(e, notes),
            }
            for e in found.events
        ],
        "citations": [
            {"marker": c.marker, "url": c.url, "defanged": c.defanged, "foreign": c.foreign}
            for c in layout.citations
        ],
        "schema": SCHEMA_VERSION,
    }


def _event_citations(event: Event, notes: dict[str, list[str]]) -> list[dict[str, str | None]]:
    """One entry per address each of the sentence's markers resolves to (url null: no such note)."""
    entries: list[dict[str, str | None]] = []
    for marker in dict.fromkeys(event.markers):
        urls: list[str | None] = list(notes.get(marker, [])) or [None]
        entries.extend({"marker": marker, "url": url} for url in urls)
    return entries


def stored_record(store: Store, document_id: int) -> dict[str, Any] | None:
    """The record of a stored document, read from the store (no NLP runs); None when the store
    holds no extraction for it (it was stored before extraction existed: ingest it again)."""
    stored = store.get_document(document_id)
    extraction = store.get_extraction(document_id)
    if stored is None or extraction is None:
        return None
    layout = Layout(body_end=stored.body_end, citations=stored.citations, passages=stored.passages)
    return extraction_record(stored.document, layout, extraction)
