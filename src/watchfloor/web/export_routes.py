"""`/api/export/{format}`: the export of the events passing the web's filters, streamed as it is
read from the store, and the download links the search, map, timeline and network pages show for
what they display (`export_links`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from starlette.datastructures import QueryParams

from watchfloor.errors import WatchfloorError
from watchfloor.export import ExportFilters, count_events, export_chunks, formats
from watchfloor.web.filters import TEXT_FIELDS, Filters
from watchfloor.web.limits import MAX_EXPORT_EVENTS

router = APIRouter(prefix="/api", tags=["export"])
FormatName = Literal["stix", "ftm", "geojson", "csv", "gexf", "jsonl"]
LINK_LABELS = {
    "csv": "CSV",
    "geojson": "GeoJSON",
    "stix": "STIX 2.1",
    "ftm": "FtM",
    "gexf": "GEXF",
    "jsonl": "JSONL",
}


@router.get(
    "/export/{format_name}",
    summary="Export events as STIX 2.1, FollowTheMoney, GeoJSON, CSV, GEXF or JSON Lines",
    response_class=StreamingResponse,
    responses={200: {"description": "The export, streamed."}, 400: {"description": "A filter is invalid."}},
)
def export_route(
    request: Request,
    format_name: FormatName,
    query: Filters,
    min_certainty: Annotated[str | None, Query(description="This stance and stronger ones.")] = None,
) -> StreamingResponse:
    """The events passing every filter given (the web's one set of event filters, plus a minimum
    stance), with their documents, parties and places, in the format named; the body is streamed
    while the store is read."""
    try:
        filters = ExportFilters(**asdict(query), min_certainty=min_certainty)
    except WatchfloorError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    limit = int(getattr(request.app.state, "max_export_events", MAX_EXPORT_EVENTS))
    found = count_events(request.app.state.db_path, filters)
    if found > limit:  # refused before a byte is streamed, so the client never gets half a file
        raise HTTPException(
            status_code=413,
            detail=f"the export would hold {found} events, over the limit of {limit};"
            " narrow it with since, until, type, country or entity, or use `watchfloor export`",
        )
    chosen = formats()[format_name]
    chunks = (
        chunk.encode("utf-8") for chunk in export_chunks(request.app.state.db_path, format_name, filters)
    )
    name = f"watchfloor-export.{chosen.extension}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return StreamingResponse(chunks, media_type=chosen.media_type, headers=headers)


def export_links(params: QueryParams, min_confidence: float | None = None) -> list[tuple[str, str]]:
    """(label, URL) of each format's export of what a page with these parameters shows (and, for a
    page that shows confident events only, that minimum confidence)."""
    kept = {k: v for k, v in params.items() if k in TEXT_FIELDS and v.strip()}  # not a text query
    if min_confidence is not None:
        kept["min_confidence"] = str(min_confidence)
    query = ("?" + urlencode(kept)) if kept else ""
    return [(label, f"/api/export/{name}{query}") for name, label in LINK_LABELS.items()]
