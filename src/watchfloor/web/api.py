"""The JSON API: search, documents, entities and events, as the pages show them."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from watchfloor.store.base import SearchFilters
from watchfloor.store.queries import EventFilters
from watchfloor.web.convert import event_out, hit_out
from watchfloor.web.deps import Queries, not_found, valid_id
from watchfloor.web.documents import document_detail
from watchfloor.web.entities import entity_detail
from watchfloor.web.schemas import (
    DocumentOut,
    EntityLookupResponse,
    EntityOut,
    EntitySummaryOut,
    ErrorOut,
    EventsResponse,
    SearchResponse,
)

router = APIRouter(prefix="/api", tags=["api"])
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such id in this store."}
}

Since = Annotated[str | None, Query(description="On or after this ISO date prefix (2023, 2023-07).")]
Until = Annotated[str | None, Query(description="On or before this ISO date prefix, inclusive.")]
EventType = Annotated[str | None, Query(alias="type", description="PLOVER event type, e.g. ASSAULT.")]
Country = Annotated[str | None, Query(description="ISO 3166-1 alpha-3 of the actor or the recipient.")]
Certainty = Annotated[str | None, Query(description="asserted, attributed, likely, denied, ...")]
Party = Annotated[str | None, Query(description="An entity id, or a name or alias.")]


@router.get("/search", response_model=SearchResponse, summary="Full-text search over paragraphs")
def search(
    queries: Queries,
    q: Annotated[str, Query(description='Words, "phrases", OR, prefix*, -excluded.')] = "",
    since: Since = None,
    until: Until = None,
    source: Annotated[str | None, Query(description="Outlet, URL or file name contains this.")] = None,
    entity: Party = None,
    event_type: EventType = None,
    country: Country = None,
    certainty: Certainty = None,
    scope: Annotated[
        Literal["passage", "document"],
        Query(description="Whether event filters look at the matching paragraph or its whole document."),
    ] = "passage",
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> SearchResponse:
    """Paragraphs matching `q`, best first, with highlighted snippets. Publication dates and source
    bound the documents; entity, type, country and certainty keep a paragraph only when it (or its
    document) tells an event that passes them. Any text is safe to send; what is not understood as
    syntax is searched as words."""
    events = EventFilters(type=event_type, entity=entity, country=country, certainty=certainty)
    hits = queries.search(
        q, SearchFilters(since=since, until=until, source=source, limit=limit), events, scope
    )
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
def entity(queries: Queries, entity_id: int) -> EntityOut:
    """Names and aliases, office, country, events as actor and as recipient by date, main
    counterparts with counts, and the documents that mention it."""
    found = entity_detail(queries, entity_id) if valid_id(entity_id) else None
    if found is None:
        raise not_found("entity", entity_id)
    return found


@router.get("/events", response_model=EventsResponse, summary="Events")
def events(
    queries: Queries,
    event_type: EventType = None,
    actor: Party = None,
    recipient: Party = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    certainty: Certainty = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 200,
) -> EventsResponse:
    """Events that pass every filter given, by date (undated last), each with its sentence, date,
    place, certainty, document and the URLs of the sentence's notes."""
    filters = EventFilters(
        type=event_type,
        actor=actor,
        recipient=recipient,
        country=country,
        since=since,
        until=until,
        certainty=certainty,
        limit=limit,
    )
    rows = queries.events(filters)
    return EventsResponse(count=len(rows), events=[event_out(r) for r in rows])
