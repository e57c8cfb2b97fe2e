"""The server-rendered pages: search, reader, entity look-up and entity, map, timeline and
network. Every parameter is read leniently: a page never fails on
what a user typed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from watchfloor.store.base import SearchFilters
from watchfloor.store.facets import distinct_values, event_countries
from watchfloor.store.queries import Scope, StoreQueries
from watchfloor.web.convert import hit_out
from watchfloor.web.deps import (
    DefaultConfidence,
    Queries,
    make_templates,
    not_found,
    valid_id,
)
from watchfloor.web.documents import document_detail
from watchfloor.web.entities import DOCUMENTS_SHOWN, entity_detail
from watchfloor.web.filters import EventQuery, PageFilters
from watchfloor.web.map_data import QUAD_LABELS
from watchfloor.web.network import busiest_parties
from watchfloor.web.reader import reader_body, reader_notes
from watchfloor.web.timeline import BUCKETS, Bucket, bucket_of, timeline
from watchfloor.web.timeline_chart import chart

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = make_templates()
SEARCH_LIMIT = 50
TIMELINE_PAGE = 100  # events listed under the chart; the chart counts them all
MAX_OFFSET = 10000  # how far paging reaches; filters narrow the rest

Param = Annotated[str, Query()]


@dataclass(frozen=True)
class Facets:
    """The values the store holds for each event filter: the search form's choices."""

    types: list[str]
    certainties: list[str]
    countries: list[str]
    months: tuple[str, str] | None  # the first and last month of the dated events (period sliders)


def facets(queries: StoreQueries) -> Facets:
    conn = queries.conn
    return Facets(
        types=distinct_values(conn, "type"),
        certainties=distinct_values(conn, "certainty"),
        countries=event_countries(conn),
        months=_months(queries),
    )


def _months(queries: StoreQueries) -> tuple[str, str] | None:
    first, last = queries.conn.execute(  # each from the date index (min and max together would scan)
        "SELECT (SELECT min(date) FROM events), (SELECT max(date) FROM events)"
    ).fetchone()
    if not first or not last:
        return None
    return (
        first[:7] if len(first) >= 7 else first[:4] + "-01",
        last[:7] if len(last) >= 7 else last[:4] + "-12",
    )


@router.get("/")
@router.get("/search")
def search_page(
    request: Request,
    queries: Queries,
    filters: PageFilters,
    q: Param = "",
    source: Param = "",
    scope: Param = "passage",
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> HTMLResponse:
    chosen_scope: Scope = "document" if scope == "document" else "passage"
    form = {**filters.form(), "q": q, "source": source, "scope": chosen_scope}
    documents = SearchFilters(
        since=filters.since,
        until=filters.until,
        source=source.strip() or None,
        limit=SEARCH_LIMIT,
        offset=offset,
    )
    found = queries.search(q, documents, filters.events(), chosen_scope) if q.strip() else []
    context = {
        "form": form,
        "hits": [hit_out(h) for h in found],
        "facets": facets(queries),
        "searched": bool(q.strip()),
        "offset": offset,
        "page_size": SEARCH_LIMIT,
        "pages": page_links("/search", form, offset, SEARCH_LIMIT, more=len(found) >= SEARCH_LIMIT),
    }
    return templates.TemplateResponse(request, "search.html", context)


def page_links(
    path: str, form: dict[str, str], offset: int, size: int, more: bool, name: str = "offset"
) -> dict[str, str]:
    """Links to the previous and the next page of `size` items (the next only when `more` follow
    and paging reaches it); `name` is the query parameter holding the offset."""
    links = {}
    if offset > 0:
        links["previous"] = f"{path}?" + urlencode({**form, name: max(0, offset - size)})
    if more and offset + size <= MAX_OFFSET:
        links["next"] = f"{path}?" + urlencode({**form, name: offset + size})
    return links


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
def entity_page(
    request: Request,
    queries: Queries,
    entity_id: int,
    documents_offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> HTMLResponse:
    """The entity's first events each way (the timeline pages through the rest) and a page of its
    documents."""
    found = (
        entity_detail(queries, entity_id, documents_offset=documents_offset) if valid_id(entity_id) else None
    )
    if found is None:
        raise not_found("entity", entity_id)
    more = documents_offset + len(found.documents) < found.documents_total
    context = {
        "entity": found,
        "pages": page_links(
            f"/entities/{entity_id}", {}, documents_offset, DOCUMENTS_SHOWN, more, "documents_offset"
        ),
    }
    return templates.TemplateResponse(request, "entity.html", context)


@router.get("/map")
def map_page(
    request: Request, queries: Queries, default: DefaultConfidence, filters: PageFilters
) -> HTMLResponse:
    """The map's frame, form and period slider; map.js fetches /api/map/events with the form's values."""
    context = {
        "form": filters.form(),
        "facets": facets(queries),
        "quads": QUAD_LABELS,
        **_confidence_control(default, filters),
    }
    return templates.TemplateResponse(request, "map.html", context)


@router.get("/timeline")
def timeline_page(
    request: Request,
    queries: Queries,
    filters: PageFilters,
    bucket: Param = "month",
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> HTMLResponse:
    """Drawn on the server: the chart is an inline SVG on a time axis counting every event, under it
    a page of the events, each marked with its period."""
    chosen: Bucket = bucket if bucket in BUCKETS else "month"
    data = timeline(queries, replace(filters.events(TIMELINE_PAGE), offset=offset), chosen)
    form = {**filters.form(), "bucket": chosen}
    context = {
        "form": form,
        "pages": page_links("/timeline", form, offset, TIMELINE_PAGE, offset + len(data.events) < data.total),
        "buckets": BUCKETS,
        "facets": facets(queries),
        "data": data,
        "chart": chart(data, filters.since, filters.until),
        "periods": [bucket_of(e.date or "", chosen) for e in data.events],
        "quads": QUAD_LABELS,
    }
    return templates.TemplateResponse(request, "timeline.html", context)


@router.get("/network")
def network_page(
    request: Request,
    queries: Queries,
    default: DefaultConfidence,
    filters: PageFilters,
    min_count: Param = "1",
) -> HTMLResponse:
    """The network's frame and form; network.js fetches /api/network and lays it out."""
    count = min_count.strip()
    form = filters.form()
    whole = count.isascii() and count.isdigit() and 0 < len(count) < 6  # ("²" is a digit to isdigit)
    form["min_count"] = count if whole and int(count) >= 1 else "1"
    context = {
        "form": form,
        "facets": facets(queries),
        "agreements": busiest_parties(queries, "AGREE"),
        **_confidence_control(default, filters),
    }
    return templates.TemplateResponse(request, "network.html", context)


def _confidence_control(default: float, filters: EventQuery) -> dict[str, object]:
    """The "show all events" box (ticked when the page was asked for every event), and the minimum
    confidence of what the page's export links download."""
    show_all = filters.min_confidence == 0
    return {
        "show_all_events": show_all,
        "threshold": f"{default:g}",
        "export_confidence": 0.0 if show_all else default,
    }
