"""Briefs in the web workspace: the form and the drafted brief (`/briefs`), and the same brief as
JSON (`/api/brief`). The period defaults to the newest report day in the store."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from watchfloor.brief import Brief, Source, draft_brief, make_request
from watchfloor.errors import ConfigError
from watchfloor.store.queries import StoreQueries
from watchfloor.store.story_queries import REPORT_DATE
from watchfloor.web.deps import Queries, make_templates
from watchfloor.web.schemas import ErrorOut

router = APIRouter()


class BriefSourceOut(BaseModel):
    number: int
    document_id: int
    title: str
    published: str | None
    marker: str | None
    url: str | None


class BriefSentenceOut(BaseModel):
    text: str
    story: int  # event cluster id, or minus the event id of an event in no cluster
    events: list[int]
    sources: list[int]  # numbers of `BriefOut.sources`


class BriefSectionOut(BaseModel):
    title: str
    paragraphs: list[list[BriefSentenceOut]]


class BriefOut(BaseModel):
    title: str
    period: str
    scope: str
    takeaways: list[BriefSentenceOut]
    sections: list[BriefSectionOut]
    sources: list[BriefSourceOut]


templates = make_templates()
Param = Annotated[str, Query()]


def newest_report_day(queries: StoreQueries) -> str | None:
    row = queries.conn.execute(f"SELECT max({REPORT_DATE}) FROM documents d").fetchone()
    return str(row[0]) if row and row[0] else None


def _draft(
    queries: StoreQueries, since: str, until: str, actor: str, country: str, topic: str
) -> tuple[Brief | None, str | None, dict[str, str]]:
    """The brief (or the error to show) and the form as filled in, defaults applied."""
    if not since.strip():
        since = until = newest_report_day(queries) or ""
    form = {"since": since, "until": until, "actor": actor, "country": country, "topic": topic}
    if not since:
        return None, "The store holds no reports yet.", form
    try:
        request = make_request(
            since,
            until or None,
            [a for a in [actor] if a],
            [c for c in [country] if c],
            [t for t in [topic] if t],
        )
    except ConfigError as exc:
        return None, str(exc), form
    return draft_brief(queries, request), None, form


def document_href(source: Source) -> str:
    return f"/documents/{source.document_id}"


@router.get("/briefs", include_in_schema=False, response_class=HTMLResponse)
def brief_page(
    request: Request,
    queries: Queries,
    since: Param = "",
    until: Param = "",
    actor: Param = "",
    country: Param = "",
    topic: Param = "",
) -> HTMLResponse:
    """A drafted brief for the period and scope the form gives; a bad value is shown, not raised."""
    brief, error, form = _draft(queries, since, until, actor, country, topic)
    context = {"brief": brief, "error": error, "form": form, "document_href": document_href}
    return templates.TemplateResponse(
        request, "briefs.html", context, status_code=400 if error and since else 200
    )


@router.get(
    "/api/brief",
    response_model=BriefOut,
    responses={400: {"model": ErrorOut}},
    summary="A drafted brief for a period",
)
def brief_api(
    queries: Queries,
    since: Param = "",
    until: Param = "",
    actor: Param = "",
    country: Param = "",
    topic: Param = "",
) -> BriefOut:
    """The drafted brief as JSON: takeaways and sections of sentences, each citing numbered sources."""
    brief, error, _ = _draft(queries, since, until, actor, country, topic)
    if brief is None:
        raise HTTPException(status_code=400, detail=error)
    return BriefOut.model_validate(brief.as_dict())
