"""Atom feeds of saved watches: GET /feeds/watch/{name}.atom lists the watch's newest alerts."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request, Response

from watchfloor.watch import atom_feed, feed_alerts, find_watch

router = APIRouter(include_in_schema=False)  # a feed, not JSON API: left out of /openapi.json, as pages are


def _read_only(path: str) -> sqlite3.Connection:
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=30.0)


@router.get("/feeds/watch/{name}.atom", summary="A watch's alerts as an Atom feed", response_class=Response)
def watch_feed(request: Request, name: str) -> Response:
    conn = _read_only(request.app.state.db_path)
    try:
        watch = find_watch(conn, name)
        if watch is None:
            raise HTTPException(status_code=404, detail=f"no watch named {name!r} in this store")
        alerts = feed_alerts(conn, watch)
    finally:
        conn.close()
    base = str(request.base_url).rstrip("/")
    body = atom_feed(watch, alerts, base, str(request.url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
