"""Unsubscribing without signing in: the link in each mail carries a signed token. GET shows what
it will end and a button (so a mail scanner that follows links unsubscribes nobody); POST ends it,
as does a mail client's RFC 8058 one-click POST to the `List-Unsubscribe` address."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from watchfloor.editions import subscriber_for_token, unsubscribe
from watchfloor.store import open_store
from watchfloor.store.queries import StoreQueries
from watchfloor.web.deps import make_templates

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = make_templates()
BAD_LINK = "This unsubscribe link is not valid (it may have been cut short in the mail): copy it whole."


@router.get("/unsubscribe")
def confirm_page(request: Request, token: str = "") -> HTMLResponse:
    queries = StoreQueries.open(request.app.state.db_path)
    try:
        subscriber = subscriber_for_token(queries.conn, token)
    finally:
        queries.close()
    context = {
        "subscriber": subscriber,
        "token": token,
        "done": False,
        "error": None if subscriber else BAD_LINK,
    }
    return templates.TemplateResponse(
        request, "unsubscribe.html", context, status_code=200 if subscriber else 400
    )


@router.post("/unsubscribe")
def unsubscribe_page(request: Request, token: str = "") -> HTMLResponse:
    with open_store(request.app.state.db_path) as store:
        subscriber = unsubscribe(store.conn, token)
    context = {
        "subscriber": subscriber,
        "token": token,
        "done": True,
        "error": None if subscriber else BAD_LINK,
    }
    return templates.TemplateResponse(
        request, "unsubscribe.html", context, status_code=200 if subscriber else 400
    )
