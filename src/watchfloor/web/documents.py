"""One stored document with everything the reader marks: citations, passages, note markers, and
the entities, places and events extraction found, each with its spans in the text."""

from __future__ import annotations

import json
from collections import defaultdict

from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.web.convert import event_out, safe_href
from watchfloor.web.schemas import (
    CitationOut,
    DocumentEntityOut,
    DocumentOut,
    DocumentPlaceOut,
    MarkerOut,
    PassageOut,
    Span,
)
from watchfloor.web.spans import locate_markers, locate_surfaces, locate_trigger

MAX_EVENTS = 10_000


def document_detail(queries: StoreQueries, document_id: int) -> DocumentOut | None:
    conn = queries.conn
    row = conn.execute(
        "SELECT id, name, title, published, outlet, url, authors, lang, format, source, ingested_at,"
        " extracted_at, text, body_end FROM documents WHERE id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        return None
    (
        _,
        name,
        title,
        published,
        outlet,
        url,
        authors,
        lang,
        fmt,
        source,
        ingested,
        extracted,
        text,
        body_end,
    ) = row
    citations = [
        CitationOut(marker=m, url=u, raw=r, href=safe_href(u), defanged=bool(d), foreign=bool(f))
        for m, u, r, d, f in conn.execute(
            "SELECT marker, url, raw, defanged, foreign_domain FROM citations"
            " WHERE document_id = ? ORDER BY position",
            (document_id,),
        )
    ]
    passages = [
        PassageOut(kind=k, start=s, end=e, section=sec, markers=json.loads(m))
        for k, s, e, sec, m in conn.execute(
            "SELECT kind, start, end, section, markers FROM passages WHERE document_id = ? ORDER BY id",
            (document_id,),
        )
    ]
    entities, places = _entities(queries, document_id), _places(queries, document_id)
    located = locate_surfaces(
        text, body_end, {e.id: e.surfaces for e in entities}, {p.id: p.surfaces for p in places}
    )
    entity_spans: dict[int, list[Span]] = defaultdict(list)
    place_spans: dict[int, list[Span]] = defaultdict(list)
    for found in located:
        for entity_id in found.entity_ids:
            entity_spans[entity_id].append(Span(start=found.start, end=found.end))
        for place_id in found.place_ids:
            place_spans[place_id].append(Span(start=found.start, end=found.end))
    for entity in entities:
        entity.spans = entity_spans[entity.id]
    for place in places:
        place.spans = place_spans[place.id]
    markers = [
        MarkerOut(start=m.start, end=m.end, labels=list(m.labels))
        for m in locate_markers(text, body_end, (c.marker for c in citations))
    ]
    events = []
    for event in queries.events(EventFilters(document_id=document_id, limit=MAX_EVENTS), in_text_order=True):
        trigger = locate_trigger(text, event.start, event.end, event.trigger)
        events.append(event_out(event, Span(start=trigger[0], end=trigger[1]) if trigger else None))
    return DocumentOut(
        id=document_id,
        name=name,
        title=title,
        published=published,
        outlet=outlet,
        url=url,
        href=safe_href(url),
        authors=json.loads(authors),
        lang=lang,
        format=fmt,
        source=source,
        ingested_at=ingested,
        extracted_at=extracted,
        text=text,
        body_end=body_end,
        citations=citations,
        passages=passages,
        markers=markers,
        entities=entities,
        places=places,
        events=events,
    )


def _entities(queries: StoreQueries, document_id: int) -> list[DocumentEntityOut]:
    surfaces: dict[int, list[str]] = defaultdict(list)
    for appearance, surface in queries.conn.execute(
        "SELECT appearance, surface FROM mentions WHERE document_id = ? ORDER BY appearance, position",
        (document_id,),
    ):
        surfaces[appearance].append(surface)
    return [
        DocumentEntityOut(
            id=entity_id,
            name=name,
            type=type_,
            country=country,
            title=title,
            surfaces=surfaces[position],
            spans=[],
        )
        for position, entity_id, name, type_, country, title in queries.conn.execute(
            "SELECT position, entity_id, name, type, country, title FROM document_entities"
            " WHERE document_id = ? ORDER BY position",
            (document_id,),
        )
    ]


def _places(queries: StoreQueries, document_id: int) -> list[DocumentPlaceOut]:
    surfaces: dict[int, list[str]] = defaultdict(list)
    for place_id, surface in queries.conn.execute(
        "SELECT place_id, surface FROM place_mentions WHERE document_id = ? ORDER BY place_id, position",
        (document_id,),
    ):
        surfaces[place_id].append(surface)
    return [
        DocumentPlaceOut(
            id=place_id,
            name=name,
            kind=kind,
            lat=lat,
            lon=lon,
            country=country,
            surfaces=surfaces[place_id],
            spans=[],
        )
        for place_id, name, kind, lat, lon, country in queries.conn.execute(
            "SELECT p.id, p.name, p.kind, p.lat, p.lon, p.country FROM document_places dp"
            " JOIN places p ON p.id = dp.place_id WHERE dp.document_id = ? ORDER BY dp.position",
            (document_id,),
        )
    ]
