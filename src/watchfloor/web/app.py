"""The web workspace: `create_app(db_path)` builds the FastAPI app, `serve` runs it under uvicorn.

The app only reads the store (each request gets its own read-only connection). Pages ship with
their CSS and script (no CDN: Leaflet is served from its PyPI xstatic package, under /vendor/),
and every response forbids scripts, styles and frames from elsewhere, so even a marking mistake
could not run a document's script. Swagger UI is left out (it loads from a CDN); the API is
described at /openapi.json.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from watchfloor import __version__
from watchfloor.errors import QueryError
from watchfloor.kb import load_kb
from watchfloor.settings import default_min_confidence
from watchfloor.store import open_store
from watchfloor.store.queries import StoreQueries
from watchfloor.web import (
    account,
    api,
    briefs,
    editions,
    export_routes,
    feeds,
    pages,
    unsubscribe,
    users_api,
    work_api,
)
from watchfloor.web.auth import AuthMiddleware
from watchfloor.web.deps import package_dir
from watchfloor.web.limits import SECURITY_HEADERS, HardeningMiddleware
from watchfloor.web.ratelimit import SignInLimiter
from watchfloor.web.serving import check_binding

LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]
__all__ = ["LOOPBACK_NAMES", "SECURITY_HEADERS", "create_app", "serve", "vendor_dirs"]


def create_app(
    db_path: Path | str, allowed_hosts: list[str] | None = None, require_auth: bool = False
) -> FastAPI:
    """The app over the store at `db_path` (it must exist; an older schema is migrated first).
    `allowed_hosts` limits the Host header (against DNS rebinding); None allows any. Sign-in is on
    when the store has users, or always with `require_auth` (see `web.auth`)."""
    open_store(db_path).close()  # migrate once, here, so requests only read
    StoreQueries.open(db_path).close()  # and fail now, not per request, if it cannot be read
    app = FastAPI(
        lifespan=_warm_up,
        title="Watchfloor",
        version=__version__,
        summary="Search, read and trace what OSINT reports say: documents, entities, PLOVER events.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = str(db_path)
    app.state.min_confidence = default_min_confidence()  # what the map, network and briefs show
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.state.sign_in_limiter = SignInLimiter()
    app.add_middleware(
        AuthMiddleware, db_path=str(db_path), require_auth=require_auth, sign_in_page=account.sign_in_page
    )
    app.add_middleware(HardeningMiddleware)  # limits, strict headers, no stack traces: every response
    for name, directory in vendor_dirs().items():  # Leaflet and its plug-in, from their PyPI packages
        app.mount(f"/vendor/{name}", StaticFiles(directory=directory), name=f"vendor-{name}")
    app.mount("/static", StaticFiles(directory=package_dir("static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(briefs.router)
    app.include_router(feeds.router)
    app.include_router(editions.router)
    app.include_router(unsubscribe.router)
    app.include_router(export_routes.router)
    for router in (account.router, account.api_router, users_api.router, work_api.router):
        app.include_router(router)
    pages.templates.env.globals["export_links"] = export_routes.export_links
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(QueryError, _query_error)  # type: ignore[arg-type]
    return app


@asynccontextmanager
async def _warm_up(_: FastAPI) -> AsyncIterator[None]:
    """Before the first request, load the knowledge base every event route reads (quad classes),
    then move what is loaded out of the garbage collector's way: its full passes would otherwise
    walk the whole long-lived heap, stalling a request now and then for a few hundred ms."""
    load_kb()
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()  # at shutdown: what the app held may be collected again


def vendor_dirs() -> dict[str, str]:
    """The folders of the JavaScript libraries the map uses, as their xstatic packages install them."""
    return {
        name: str(importlib.import_module(f"xstatic.pkg.{module}").BASE_DIR)
        for name, module in (("leaflet", "leaflet"), ("markercluster", "leaflet_markercluster"))
    }


def serve(db_path: Path | str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app under uvicorn until interrupted; on a loopback address only local host names
    are answered."""
    import uvicorn

    loopback = check_binding(db_path, host)  # beyond loopback only with users to sign in
    allowed = [*LOOPBACK_NAMES, host] if host in LOOPBACK_NAMES else None
    application = create_app(db_path, allowed_hosts=allowed, require_auth=not loopback)
    uvicorn.run(application, host=host, port=port, log_level="info")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    detail = str(exc.detail)
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)
    context = {"status": exc.status_code, "detail": detail}
    return pages.templates.TemplateResponse(request, "error.html", context, status_code=exc.status_code)


async def _query_error(request: Request, exc: QueryError) -> Response:
    """A search the store refuses (too long, too many terms): 400 with the store's message."""
    return await _http_error(request, StarletteHTTPException(status_code=400, detail=str(exc)))


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    if _wants_json(request):
        return await request_validation_exception_handler(request, exc)
    in_path = any(error.get("loc", ("",))[0] == "path" for error in exc.errors())
    status, detail = (404, "no such page") if in_path else (400, "this page could not read its parameters")
    return pages.templates.TemplateResponse(
        request, "error.html", {"status": status, "detail": detail}, status_code=status
    )
