"""The server-rendered pages: search, reader, entity look-up and entity, map, timeline and
network. Every parameter is read leniently: a page never fails on
what a user typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from watchfloor.store.base import SearchFilters
from watchfloor.store.queries import EventFilters, Scope, StoreQueries
from watchfloor.web.convert import hit_out
from watchfloor.web.deps import (
    DefaultConfidence,
    Queries,
    confidence_or,
    make_templates,
    not_found,
    valid_id,
)
from watchfloor.web.documents import document_detail
from watchfloor.web.entities import entity_detail
from watchfloor.web.map_data import QUAD_LABELS
from watchfloor.web.reader import reader_body, reader_notes
from watchfloor.web.timeline import Bucket, chart, timeline

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = make_templates()
SEARCH_LIMIT = 50
TIMELINE_LIMIT = 1000

Param = Annotated[str, Query()]


@dataclass(frozen=True)
class Facets:
    """The values the store holds for each event filter: the search form's choices."""

    types: list[str]
    certainties: list[str]
    countries: list[str]


def facets(queries: StoreQueries) -> Facets:
    def column(sql: str) -> list[str]:
        return [str(row[0]) for row in queries.conn.execute(sql)]

    return Facets(
        types=column("SELECT DISTINCT type FROM events ORDER BY type"),
        certainties=column("SELECT DISTINCT certainty FROM events ORDER BY certainty"),
        countries=column(
            "SELECT actor_country FROM events WHERE actor_country IS NOT NULL UNION"
            " SELECT recipient_country FROM events WHERE recipient_country IS NOT NULL ORDER BY 1"
        ),
    )


def _clean(value: str) -> str | None:
    return value.strip() or None


@router.get("/")
@router.get("/search")
def search_page(
    request: Request,
    queries: Queries,
    q: Param = "",
    since: Param = "",
    until: Param = "",
    source: Param = "",
    entity: Param = "",
    event_type: Annotated[str, Query(alias="type")] = "",
    country: Param = "",
    certainty: Param = "",
    scope: Param = "passage",
) -> HTMLResponse:
    chosen_scope: Scope = "document" if scope == "document" else "passage"
    form = {
        "q": q,
        "since": since,
        "until": until,
        "source": source,
        "entity": entity,
        "type": event_type,
        "country": country,
        "certainty": certainty,
        "scope": chosen_scope,
    }
    events = EventFilters(
        type=_clean(event_type), entity=_clean(entity), country=_clean(country), certainty=_clean(certainty)
    )
    filters = SearchFilters(
        since=_clean(since), until=_clean(until), source=_clean(source), limit=SEARCH_LIMIT
    )
    hits = [hit_out(h) for h in queries.search(q, filters, events, chosen_scope)] if q.strip() else []
    context = {"form": form, "hits": hits, "facets": facets(queries), "searched": bool(q.strip())}
    return templates.TemplateResponse(request, "search.html", context)


@router.get("/documents/{document_id}")
def reader_page(request: Request, queries: Queries, document_id: int) -> HTMLResponse:
    doc = document_detail(queries, document_id) if valid_id(document_id) else None
    if doc is None:
        raise not_found("document", document_id)
    context = {"doc": doc, "body": reader_body(doc), "notes": reader_notes(doc)}
    return templates.TemplateResponse(request, "document.html", context)


@router.get("/entities")
def entities_page(request: Request, queries: Queries, q: Param = "") -> HTMLResponse:
    context = {"q": q, "entities": queries.lookup_entities(q, 50)}
    return templates.TemplateResponse(request, "entities.html", context)


@router.get("/entities/{entity_id}")
def entity_page(request: Request, queries: Queries, entity_id: int) -> HTMLResponse:
    entity = entity_detail(queries, entity_id) if valid_id(entity_id) else None
    if entity is None:
        raise not_found("entity", entity_id)
    return templates.TemplateResponse(request, "entity.html", {"entity": entity})


def _form(**values: str) -> dict[str, str]:
    return {name: value.strip() for name, value in values.items()}


@router.get("/map")
def map_page(
    request: Request,
    queries: Queries,
    default: DefaultConfidence,
    since: Param = "",
    until: Param = "",
    event_type: Annotated[str, Query(alias="type")] = "",
    actor: Param = "",
    country: Param = "",
    certainty: Param = "",
    min_confidence: Param = "",
) -> HTMLResponse:
    """The map's frame and form; map.js fetches /api/map/events with the form's values."""
    form = _form(since=since, until=until, type=event_type, actor=actor, country=country, certainty=certainty)
    context = {
        "form": form,
        "facets": facets(queries),
        "quads": QUAD_LABELS,
        **_confidence_control(default, min_confidence),
    }
    return templates.TemplateResponse(request, "map.html", context)


@router.get("/timeline")
def timeline_page(
    request: Request,
    queries: Queries,
    actor: Param = "",
    recipient: Param = "",
    event_type: Annotated[str, Query(alias="type")] = "",
    country: Param = "",
    recipient_country: Param = "",
    since: Param = "",
    until: Param = "",
    certainty: Param = "",
    bucket: Param = "month",
) -> HTMLResponse:
    """Drawn on the server: the chart is an inline SVG, the events a list."""
    form = _form(
        actor=actor,
        recipient=recipient,
        type=event_type,
        country=country,
        recipient_country=recipient_country,
        since=since,
        until=until,
        certainty=certainty,
    )
    chosen: Bucket = "year" if bucket == "year" else "month"
    filters = EventFilters(
        type=_clean(event_type),
        actor=_clean(actor),
        recipient=_clean(recipient),
        country=_clean(country),
        recipient_country=_clean(recipient_country),
        since=_clean(since),
        until=_clean(until),
        certainty=_clean(certainty),
        limit=TIMELINE_LIMIT,
    )
    data = timeline(queries, filters, chosen)
    context = {
        "form": {**form, "bucket": chosen},
        "facets": facets(queries),
        "data": data,
        "chart": chart(data),
        "quads": QUAD_LABELS,
    }
    return templates.TemplateResponse(request, "timeline.html", context)


@router.get("/network")
def network_page(
    request: Request,
    queries: Queries,
    default: DefaultConfidence,
    actor: Param = "",
    event_type: Annotated[str, Query(alias="type")] = "",
    country: Param = "",
    since: Param = "",
    until: Param = "",
    certainty: Param = "",
    min_count: Param = "1",
    min_confidence: Param = "",
) -> HTMLResponse:
    """The network's frame and form; network.js fetches /api/network and lays it out."""
    count = min_count.strip()
    form = _form(actor=actor, type=event_type, country=country, since=since, until=until, certainty=certainty)
    form["min_count"] = count if count.isdigit() and 0 < len(count) < 6 and int(count) >= 1 else "1"
    context = {"form": form, "facets": facets(queries), **_confidence_control(default, min_confidence)}
    return templates.TemplateResponse(request, "network.html", context)


def _confidence_control(default: float, typed: str) -> dict[str, object]:
    """The "show all events" box (ticked when the page was asked for every event), and the minimum
    confidence of what the page's export links download."""
    show_all = confidence_or(default, typed) == 0
    return {
        "show_all_events": show_all,
        "threshold": f"{default:g}",
        "export_confidence": 0.0 if show_all else default,
    }
