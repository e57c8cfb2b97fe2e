"""Briefs in the web workspace: the form and the drafted brief (`/briefs`), and the same brief as
JSON (`/api/brief`). The period defaults to the newest report day in the store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from watchfloor.brief import Brief, Source, draft_brief, make_request
from watchfloor.errors import ConfigError
from watchfloor.settings import parse_confidence
from watchfloor.store.queries import StoreQueries
from watchfloor.web.deps import DefaultConfidence, Queries, make_templates
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


def newest_report_day(queries: StoreQueries) -> str | None:
    """The latest `REPORT_DATE`: the latest publication date (read from its index) or, if later,
    the latest day a document without one was ingested."""
    row = queries.conn.execute(
        "SELECT max(day) FROM (SELECT max(published) AS day FROM documents"
        " UNION ALL SELECT max(substr(ingested_at, 1, 10)) FROM documents WHERE published IS NULL) days"
    ).fetchone()
    return str(row[0]) if row and row[0] else None


@dataclass
class BriefQuery:
    """The brief form's fields, as the page and the API both take them (empty: not given)."""

    since: str = ""
    until: str = ""
    actor: str = ""
    country: str = ""
    topic: str = ""
    min_confidence: str = ""  # empty: the app's default (confident events only); 0 keeps all


BriefParams = Annotated[BriefQuery, Depends()]


def _draft(
    queries: StoreQueries, query: BriefQuery, default_confidence: float
) -> tuple[Brief | None, str | None, dict[str, str]]:
    """The brief (or the error to show) and the form as filled in, defaults applied."""
    since, until = query.since.strip(), query.until.strip()
    if not since:
        since = until = newest_report_day(queries) or ""
    form = {
        "since": since,
        "until": until,
        "actor": query.actor,
        "country": query.country,
        "topic": query.topic,
        "min_confidence": query.min_confidence.strip() or f"{default_confidence:g}",
    }
    if not since:
        return None, "The store holds no reports yet.", form
    try:
        typed = query.min_confidence.strip()
        request = make_request(
            since,
            until or None,
            [query.actor] if query.actor.strip() else [],
            [query.country] if query.country.strip() else [],
            [query.topic] if query.topic.strip() else [],
            min_confidence=parse_confidence(typed, "min_confidence") if typed else default_confidence,
        )
    except ConfigError as exc:
        return None, str(exc), form
    return draft_brief(queries, request), None, form


def document_href(source: Source) -> str:
    return f"/documents/{source.document_id}"


@router.get("/briefs", include_in_schema=False, response_class=HTMLResponse)
def brief_page(
    request: Request, queries: Queries, query: BriefParams, default: DefaultConfidence
) -> HTMLResponse:
    """A drafted brief for the period and scope the form gives; a bad value is shown, not raised."""
    brief, error, form = _draft(queries, query, default)
    context = {"brief": brief, "error": error, "form": form, "document_href": document_href}
    return templates.TemplateResponse(
        request, "briefs.html", context, status_code=400 if error and query.since.strip() else 200
    )


@router.get(
    "/api/brief",
    response_model=BriefOut,
    responses={400: {"model": ErrorOut}},
    summary="A drafted brief for a period",
)
def brief_api(queries: Queries, query: BriefParams, default: DefaultConfidence) -> BriefOut:
    """The drafted brief as JSON: takeaways and sections of sentences, each citing numbered sources.
    Events below `min_confidence` are left out (by default those that are not confident; 0 keeps
    every event)."""
    brief, error, _ = _draft(queries, query, default)
    if brief is None:
        raise HTTPException(status_code=400, detail=error)
    return BriefOut.model_validate(brief.as_dict())
