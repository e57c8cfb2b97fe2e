"""The JSON API: search, documents, entities and events, as the pages show them."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query

from watchfloor.store.base import SearchFilters
from watchfloor.store.map_grid import MAX_ZOOM, BBox
from watchfloor.web.convert import event_out, hit_out
from watchfloor.web.deps import MAX_ID, DefaultConfidence, Queries, not_found, valid_id
from watchfloor.web.documents import document_detail
from watchfloor.web.entities import entity_detail
from watchfloor.web.filters import Filters
from watchfloor.web.map_data import map_view
from watchfloor.web.network import edge_events, network
from watchfloor.web.schemas import (
    DocumentOut,
    EntityLookupResponse,
    EntityOut,
    EntitySummaryOut,
    ErrorOut,
    EventsResponse,
    SearchResponse,
)
from watchfloor.web.timeline import Bucket, timeline
from watchfloor.web.view_schemas import EdgeEventsResponse, MapResponse, NetworkResponse, TimelineResponse

router = APIRouter(prefix="/api", tags=["api"])
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such id in this store."}
}

EntityId = Annotated[int, Query(ge=1, le=MAX_ID, description="An entity id.")]
Limit = Annotated[int, Query(ge=1, le=5000)]
MAX_OFFSET = 10000  # paging reaches this far (as search does); filters narrow the rest
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Events skipped: the next page.")]


@router.get("/search", response_model=SearchResponse, summary="Full-text search over paragraphs")
def search(
    queries: Queries,
    filters: Filters,
    q: Annotated[str, Query(description='Words, "phrases", OR, prefix*, -excluded.')] = "",
    source: Annotated[str | None, Query(description="Outlet, URL or file name contains this.")] = None,
    scope: Annotated[
        Literal["passage", "document"],
        Query(description="Whether event filters look at the matching paragraph or its whole document."),
    ] = "passage",
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    offset: Annotated[int, Query(ge=0, le=10000, description="Hits skipped: the next page.")] = 0,
) -> SearchResponse:
    """Paragraphs matching `q`, best first, with highlighted snippets. Publication dates and source
    bound the documents; the event filters (entity, type, country, certainty, ...) keep a paragraph
    only when it (or its document) tells an event that passes them. Any text is safe to send; what
    is not understood as syntax is searched as words."""
    documents = SearchFilters(
        since=filters.since, until=filters.until, source=source, limit=limit, offset=offset
    )
    hits = queries.search(q, documents, filters.events(), scope)
    return SearchResponse(query=q, scope=scope, hits=[hit_out(h) for h in hits])


@router.get("/documents/{document_id}", response_model=DocumentOut, responses=NOT_FOUND, summary="A document")
def document(queries: Queries, document_id: int) -> DocumentOut:
    """The document's text and metadata, its notes' citations (with defanged and foreign flags),
    passages and note markers, and the entities, places and events found in it with their spans."""
    found = document_detail(queries, document_id) if valid_id(document_id) else None
    if found is None:
        raise not_found("document", document_id)
    return found


@router.get("/entities", response_model=EntityLookupResponse, summary="Look entities up by alias")
def entities(
    queries: Queries,
    q: Annotated[str, Query(description="An alias or name, or its beginning; empty lists the busiest.")] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> EntityLookupResponse:
    found = queries.lookup_entities(q, limit)
    return EntityLookupResponse(
        query=q, entities=[EntitySummaryOut.model_validate(e, from_attributes=True) for e in found]
    )


@router.get("/entities/{entity_id}", response_model=EntityOut, responses=NOT_FOUND, summary="An entity")
def entity(
    queries: Queries,
    entity_id: int,
    limit: Annotated[int, Query(ge=1, le=500, description="Events each way, and documents, listed.")] = 50,
    documents_offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Documents skipped.")] = 0,
) -> EntityOut:
    """Names and aliases, office, country, the first `limit` events as actor and as recipient by
    date with their totals (`/api/events?actor=ID&offset=N` pages through them), main
    counterparts with counts, and a page of the documents that mention it, latest first."""
    found = entity_detail(queries, entity_id, limit, limit, documents_offset) if valid_id(entity_id) else None
    if found is None:
        raise not_found("entity", entity_id)
    return found


@router.get("/events", response_model=EventsResponse, summary="Events")
def events(queries: Queries, filters: Filters, limit: Limit = 200, offset: Offset = 0) -> EventsResponse:
    """Events that pass every filter given, by date (undated last), each with its sentence, date,
    place, certainty, confidence, document and the URLs of the sentence's notes; `limit` of them
    from `offset` (the next page starts at `offset + limit`)."""
    rows = queries.events(replace(filters.events(limit), offset=offset))
    return EventsResponse(count=len(rows), events=[event_out(r) for r in rows])


@router.get("/map/events", response_model=MapResponse, summary="Events with a place, as GeoJSON")
def map_events_route(
    queries: Queries,
    default: DefaultConfidence,
    filters: Filters,
    limit: Limit = 500,
    bbox: Annotated[
        str | None, Query(description="Only this viewport: west,south,east,north in degrees.")
    ] = None,
    zoom: Annotated[
        int | None,
        Query(ge=0, le=MAX_ZOOM, description="Web-map zoom: count the events per grid cell (`cells`)."),
    ] = None,
) -> MapResponse:
    """A GeoJSON FeatureCollection of the events passing the filters that have a place: a Point
    (longitude, latitude) per event, with its type and PLOVER quad class, parties, date, certainty,
    confidence, sentence, the place's kind and precision (a city or site is exact, a country or
    region coarse), document and the URLs of the sentence's notes. Confident events only unless
    `min_confidence` says otherwise. With `zoom` (and usually `bbox`), the viewport's events are
    also counted per grid cell (`cells`, `total`), and listed only when there are at most `limit`
    of them or the map is zoomed in far."""
    try:
        viewport = BBox.parse(bbox) if bbox else None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    return map_view(queries, replace(filters.events(limit, default), bbox=viewport), zoom)


@router.get("/timeline", response_model=TimelineResponse, summary="Dated events counted over time")
def timeline_route(
    queries: Queries,
    filters: Filters,
    bucket: Annotated[Bucket, Query(description="Count per day, ISO week, month or year.")] = "month",
    limit: Limit = 200,
    offset: Offset = 0,
) -> TimelineResponse:
    """Every dated event passing the filters counted per period, type and quad class (the counts
    add up to `total`), and a page of the events themselves by date: `limit` from `offset`. Each
    period has its first and next day; an event dated less precisely than the period (a
    year-only date by month) falls in a period of its own precision, marked `coarse`. E.g. every
    Iran → Russia AID event of 2022–2023: `actor=Iran&recipient=Russia&type=AID&since=2022&until=2023`."""
    return timeline(queries, replace(filters.events(limit), offset=offset), bucket)


@router.get("/network", response_model=NetworkResponse, summary="Entities linked by their events")
def network_route(
    queries: Queries,
    default: DefaultConfidence,
    filters: Filters,
    min_count: Annotated[int, Query(ge=1, le=100000, description="Leave out thinner edges.")] = 1,
    limit: Annotated[int, Query(ge=1, le=5000, description="Draw at most this many, the busiest.")] = 500,
) -> NetworkResponse:
    """Entities as nodes, events between two entities as directed edges (actor → recipient) with
    counts split into cooperation and conflict. Here `actor` is the entity whose network is shown:
    either party; e.g. `type=AGREE&actor=<id>` gives every party the entity signed or pursued an
    agreement with. Confident events only unless `min_confidence` says otherwise. The busiest
    `limit` edges are drawn (`truncated` says when more passed)."""
    return network(queries, filters.with_confidence(default), min_count, limit)


@router.get("/network/edge", response_model=EdgeEventsResponse, summary="The events of a network edge")
def network_edge_route(
    queries: Queries,
    default: DefaultConfidence,
    filters: Filters,
    source: EntityId,
    target: EntityId,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    offset: Offset = 0,
) -> EdgeEventsResponse:
    """The events from `source` to `target` under the network's filters, by date: `limit` of them
    from `offset` (the edge's `count` says how many there are)."""
    return edge_events(queries, source, target, replace(filters.events(limit, default), offset=offset))
