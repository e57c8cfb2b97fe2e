"""What analysts change from the web: ingest a text or a URL, and keep watchlists. Readers get 403
here (see `web.roles`); with sign-in off (loopback, no users) these are open, as the CLI is."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel

from watchfloor.errors import WatchfloorError
from watchfloor.ingest import ingest
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.watch import Watch, add_watch, list_watches, make_watch, remove_watch
from watchfloor.web.auth_schemas import Done, IngestResponse, WatchesResponse, WatchOut
from watchfloor.web.roles import Analyst, WriteConn

router = APIRouter(prefix="/api", tags=["ingest", "watches"])
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class IngestIn(BaseModel):
    """A text (with its file name, whose suffix picks the reader: .md, .txt, .html) or a URL."""

    text: str | None = None
    name: str = "pasted.txt"
    url: str | None = None


class WatchIn(BaseModel):
    name: str
    entities: list[str] = []
    types: list[str] = []
    countries: list[str] = []
    keywords: list[str] = []
    min_certainty: str = "possible"
    include_denied: bool = False
    webhook: str | None = None
    email: str | None = None
    daily: bool = False
    min_confidence: float | None = None


@router.post("/ingest", response_model=IngestResponse, summary="Ingest a text or a URL (analysts)")
def ingest_route(body: IngestIn, request: Request, _: Analyst) -> dict[str, Any]:
    if (body.text is None) == (body.url is None):
        raise HTTPException(422, "give either 'text' (with 'name') or 'url', not both and not neither")
    try:
        settings = Settings.from_env()
        with tempfile.TemporaryDirectory(prefix="watchfloor-ingest-") as folder:
            source = body.url
            if body.text is not None:
                name = _SAFE_NAME.sub("-", Path(body.name).name).strip("-.") or "pasted.txt"
                path = Path(folder) / name
                path.write_text(body.text, encoding="utf-8")
                source = str(path)
            assert source is not None
            with open_store(request.app.state.db_path) as store:
                outcomes = list(ingest([source], store, settings))
    except WatchfloorError as exc:
        raise HTTPException(422, str(exc)) from exc
    return {
        "outcomes": [
            {"name": o.name, "status": o.status, "document_id": o.document_id, "message": o.message}
            for o in outcomes
        ]
    }


@router.get("/watches", response_model=WatchesResponse, summary="Saved watches (analysts)")
def watches(_: Analyst, conn: WriteConn) -> dict[str, Any]:
    return {"watches": [_watch_out(w) for w in list_watches(conn)]}


@router.post("/watches", status_code=201, response_model=WatchOut, summary="Save a watch (analysts)")
def new_watch(body: WatchIn, _: Analyst, conn: WriteConn) -> dict[str, Any]:
    try:
        watch = make_watch(
            body.name, entities=body.entities, types=body.types, countries=body.countries,
            keywords=body.keywords, min_certainty=body.min_certainty, include_denied=body.include_denied,
            webhook=body.webhook, email=body.email, daily=body.daily, min_confidence=body.min_confidence,
        )  # fmt: skip
        return _watch_out(add_watch(conn, watch))
    except WatchfloorError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.delete("/watches/{name}", response_model=Done, summary="Delete a watch and its alerts (analysts)")
def delete_watch(name: str, _: Analyst, conn: WriteConn) -> dict[str, Any]:
    if not remove_watch(conn, name):
        raise HTTPException(404, f"no watch named {name!r}")
    return {"removed": name}


def _watch_out(watch: Watch) -> dict[str, Any]:
    fields = dict(watch.__dict__)
    for key in ("entities", "types", "countries", "keywords"):
        fields[key] = list(fields[key])
    return fields
