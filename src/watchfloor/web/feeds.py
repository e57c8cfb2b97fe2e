"""Atom feeds of saved watches: GET /feeds/watch/{name}.atom lists the watch's newest alerts."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response

from watchfloor.store.connections import connect
from watchfloor.watch import atom_feed, feed_alerts, find_watch

router = APIRouter(include_in_schema=False)  # a feed, not JSON API: left out of /openapi.json, as pages are


@router.get("/feeds/watch/{name}.atom", summary="A watch's alerts as an Atom feed", response_class=Response)
def watch_feed(request: Request, name: str) -> Response:
    conn = connect(request.app.state.db_path, read_only=True)
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
