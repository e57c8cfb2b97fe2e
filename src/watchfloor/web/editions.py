"""Subscribed briefs in the workspace: the profiles (`/editions`), a profile's archive of editions
(`/briefs/{name}`), one edition as it was issued (`/briefs/{name}/{day}`, sources linked to the
documents), the profile's Atom feed (`/feeds/briefs/{name}.atom`), and their JSON twins."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from watchfloor.brief import Source
from watchfloor.editions import Edition, Profile, find_edition, find_profile, list_editions, list_profiles
from watchfloor.editions.atom import editions_feed
from watchfloor.editions.issue import neighbour_days
from watchfloor.editions.weekdays import describe
from watchfloor.store.queries import StoreQueries
from watchfloor.web.briefs import BriefOut
from watchfloor.web.deps import Queries, make_templates
from watchfloor.web.schemas import ErrorOut

router = APIRouter()
templates = make_templates()


class EditionSummaryOut(BaseModel):
    id: int
    profile: str
    day: str
    since: str  # the first report day the edition covers
    title: str
    sentences: int
    created_at: str
    updated_at: str
    url: str  # the edition's page, relative to the site


class EditionsResponse(BaseModel):
    profile: str
    title: str
    weekdays: str  # "mon-fri", "daily", "mon,wed,fri"
    feed: str  # the Atom feed, relative to the site
    editions: list[EditionSummaryOut]  # newest first


class EditionOut(EditionSummaryOut):
    brief: BriefOut
    markdown: str


def _summary(edition: Edition) -> EditionSummaryOut:
    return EditionSummaryOut(
        id=edition.id, profile=edition.profile, day=edition.day, since=edition.since, title=edition.title,
        sentences=edition.sentences, created_at=edition.created_at, updated_at=edition.updated_at,
        url=edition.path(),
    )  # fmt: skip


def _profile(queries: StoreQueries, name: str) -> Profile:
    profile = find_profile(queries.conn, name)
    if profile is None:
        raise HTTPException(status_code=404, detail=f"no brief profile named {name!r} in this store")
    return profile


def _edition(queries: StoreQueries, name: str, day: str) -> Edition:
    _profile(queries, name)
    try:
        date.fromisoformat(day)
    except ValueError:
        raise HTTPException(status_code=404, detail=f"{day!r} is not a day (YYYY-MM-DD)") from None
    edition = find_edition(queries.conn, name, day)
    if edition is None:
        raise HTTPException(status_code=404, detail=f"no edition of {name!r} for {day}")
    return edition


def _document_href(source: Source) -> str:
    return f"/documents/{source.document_id}"


@router.get("/editions", include_in_schema=False, response_class=HTMLResponse)
def profiles_page(request: Request, queries: Queries) -> HTMLResponse:
    profiles = [
        (p, describe(p.weekdays), list_editions(queries.conn, p.name, 1)) for p in list_profiles(queries.conn)
    ]
    return templates.TemplateResponse(request, "editions_index.html", {"profiles": profiles})


@router.get("/briefs/{name}", include_in_schema=False, response_class=HTMLResponse)
def archive_page(request: Request, queries: Queries, name: str) -> HTMLResponse:
    profile = _profile(queries, name)
    context = {
        "profile": profile,
        "weekdays": describe(profile.weekdays),
        "editions": list_editions(queries.conn, name),
    }
    return templates.TemplateResponse(request, "edition_archive.html", context)


@router.get("/briefs/{name}/{day}", include_in_schema=False, response_class=HTMLResponse)
def edition_page(request: Request, queries: Queries, name: str, day: str) -> HTMLResponse:
    edition = _edition(queries, name, day)
    newer, older = neighbour_days(queries.conn, name, edition.day)
    context = {
        "edition": edition,
        "brief": edition.brief,
        "document_href": _document_href,
        "newer": newer,
        "older": older,
    }
    return templates.TemplateResponse(request, "edition.html", context)


@router.get(
    "/api/briefs/{name}/editions",
    response_model=EditionsResponse,
    responses={404: {"model": ErrorOut}},
    summary="A brief profile's editions, newest first",
)
def editions_api(queries: Queries, name: str) -> EditionsResponse:
    profile = _profile(queries, name)
    editions = [_summary(e) for e in list_editions(queries.conn, name)]
    return EditionsResponse(
        profile=profile.name, title=profile.title, weekdays=describe(profile.weekdays),
        feed=f"/feeds/briefs/{profile.name}.atom", editions=editions,
    )  # fmt: skip


@router.get(
    "/api/briefs/{name}/editions/{day}",
    response_model=EditionOut,
    responses={404: {"model": ErrorOut}},
    summary="One edition as it was issued",
)
def edition_api(queries: Queries, name: str, day: str) -> EditionOut:
    edition = _edition(queries, name, day)
    brief = BriefOut.model_validate(edition.brief.as_dict())
    return EditionOut(**_summary(edition).model_dump(), brief=brief, markdown=edition.markdown)


@router.get("/feeds/briefs/{name}.atom", include_in_schema=False, response_class=Response)
def editions_feed_route(request: Request, queries: Queries, name: str) -> Response:
    profile = _profile(queries, name)
    body = editions_feed(profile, list_editions(queries.conn, name), str(request.base_url), str(request.url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
