"""Signing in and out, and one's own API tokens: pages with forms (CSRF-checked by `web.auth`) and
their JSON twins under /api (`/api/me`, `/api/tokens`)."""

from __future__ import annotations

import os
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from watchfloor.errors import ConfigError
from watchfloor.store.credentials import (
    SESSION_HOURS,
    create_token,
    end_session,
    list_tokens,
    revoke_token,
    start_session,
)
from watchfloor.store.db import Connection
from watchfloor.store.users import authenticate
from watchfloor.web.auth import SESSION_COOKIE
from watchfloor.web.auth_schemas import Done, NewTokenOut, TokensResponse, UserOut
from watchfloor.web.deps import MAX_ID, make_templates
from watchfloor.web.ratelimit import SignInLimiter
from watchfloor.web.roles import SignedIn, WriteConn, auth_enabled, user_out

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
api_router = APIRouter(prefix="/api", tags=["account"])
templates = make_templates()
SECURE_COOKIES_ENV = "WATCHFLOOR_SECURE_COOKIES"


TokenId = Annotated[int, Path(ge=1, le=MAX_ID, description="The token's id")]


class TokenIn(BaseModel):
    label: str


def sign_in_page(request: Request, status: int, error: str | None = None, name: str = "") -> Response:
    """The sign-in form; `next` brings the user back to the page they asked for."""
    wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    next_path = _local(_form(request).get("next", wanted) if request.method == "POST" else wanted)
    context = {"error": error, "name": name, "next": next_path, "enabled": auth_enabled(request)}
    headers = {"Retry-After": str(int(request.state.retry_after))} if status == 429 else None
    return templates.TemplateResponse(request, "signin.html", context, status_code=status, headers=headers)


@router.get("/signin")
def sign_in_form(request: Request) -> Response:
    return sign_in_page(request, 200)


@router.post("/signin")
def sign_in(request: Request, conn: WriteConn) -> Response:
    form = _form(request)
    name, password = form.get("name", "").strip(), form.get("password", "")
    request.state.audit_user = name[:64] or None
    if not auth_enabled(request):
        return sign_in_page(request, 409, "sign-in is off: this store has no users yet")
    limiter: SignInLimiter = request.app.state.sign_in_limiter
    address = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(name, address)
    if wait > 0:
        request.state.retry_after = wait
        minutes = max(1, round(wait / 60))
        return sign_in_page(request, 429, f"too many failed sign-ins: try again in {minutes} min", name)
    user = authenticate(conn, name, password) if name and password else None
    if user is None:
        limiter.failed(name, address)
        return sign_in_page(request, 401, "the name or the password is wrong", name)
    limiter.succeeded(name)
    secret, _ = start_session(conn, user)
    response = RedirectResponse(_local(form.get("next", "/")), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=SESSION_HOURS * 3600,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https" or os.environ.get(SECURE_COOKIES_ENV, "") in {"1", "true"},
    )
    return response


@router.post("/signout")
def sign_out(request: Request, conn: WriteConn) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        end_session(conn, secret)
    response = RedirectResponse("/signin", status_code=303)
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="lax")
    return response


@router.get("/account")
def account_page(request: Request, user: SignedIn, conn: WriteConn) -> Response:
    return _account(request, user.name, conn)


@router.post("/account/tokens")
def account_new_token(request: Request, user: SignedIn, conn: WriteConn) -> Response:
    try:
        _, secret = create_token(conn, user.name, _form(request).get("label", ""))
    except ConfigError as exc:
        return _account(request, user.name, conn, error=str(exc), status=400)
    return _account(request, user.name, conn, new_secret=secret)


@router.post("/account/tokens/{token_id}/revoke")
def account_revoke_token(request: Request, token_id: TokenId, user: SignedIn, conn: WriteConn) -> Response:
    revoke_token(conn, token_id, user.name)
    return RedirectResponse("/account", status_code=303)


@api_router.get("/me", response_model=UserOut, summary="The signed-in user")
def me(user: SignedIn) -> dict[str, Any]:
    return user_out(user)


@api_router.get("/tokens", response_model=TokensResponse, summary="The signed-in user's API tokens")
def my_tokens(user: SignedIn, conn: WriteConn) -> dict[str, Any]:
    return {"tokens": [t.__dict__ for t in list_tokens(conn, user.name)]}


@api_router.post(
    "/tokens",
    status_code=201,
    response_model=NewTokenOut,
    summary="Create an API token (its secret is shown once)",
)
def new_token(body: TokenIn, user: SignedIn, conn: WriteConn) -> dict[str, Any]:
    try:
        token, secret = create_token(conn, user.name, body.label)
    except ConfigError as exc:
        raise HTTPException(422, str(exc)) from exc
    return {**token.__dict__, "token": secret}


@api_router.delete(
    "/tokens/{token_id}", response_model=Done, summary="Revoke one of the signed-in user's API tokens"
)
def delete_token(token_id: TokenId, user: SignedIn, conn: WriteConn) -> dict[str, Any]:
    if not revoke_token(conn, token_id, user.name):
        raise HTTPException(404, f"no live token with id {token_id} of {user.name}")
    return {"removed": token_id}


def _account(
    request: Request,
    name: str,
    conn: Connection,
    new_secret: str | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    context = {"tokens": list_tokens(conn, name), "new_secret": new_secret, "error": error}
    return templates.TemplateResponse(request, "account.html", context, status_code=status)


def _form(request: Request) -> dict[str, str]:
    """The url-encoded form `web.auth` already read (the body is cached on the request's scope)."""
    body: bytes = request.scope.get("state", {}).get("form_body", b"")
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}


def _local(path: str) -> str:
    """Only a path on this server: never an open redirect to another site."""
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path
