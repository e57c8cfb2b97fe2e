"""Who a request is from, before any route runs (one ASGI middleware, so no route can forget it).

Sign-in is on when the store has a user, or when the app was made with `require_auth` (the server
listens beyond loopback); otherwise every request is served as before, by nobody in particular.
With sign-in on, a request is from the user of its `Authorization: Bearer` token or of its session
cookie; without either it gets 401 (pages: the sign-in page; API: JSON and `WWW-Authenticate:
Bearer`). A state-changing request made with a session cookie must carry the session's CSRF token
(form field `csrf_token` or header `X-CSRF-Token`); one a browser sends from another site
(`Sec-Fetch-Site`, else `Origin`) is refused in any mode. Every POST/PUT/PATCH/DELETE is written
to the audit log with its user and status. Routes read the outcome from `request.state` (`user`,
`auth_enabled`, `csrf_token`).
"""

from __future__ import annotations

import hmac
import sqlite3
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from watchfloor.store.credentials import audit, session_user, user_for_token
from watchfloor.store.users import User, connect, count_users

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SESSION_COOKIE = "watchfloor_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SIGN_IN = "/signin"
UNSUBSCRIBE = "/unsubscribe"  # its links carry their own signed token, used from mail clients
OPEN_PREFIXES = ("/static/", "/vendor/")  # style sheets and scripts, which the sign-in page needs
BEARER = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True)
class Caller:
    """What the credentials of one request say: whether sign-in is on, and who signed in how."""

    enabled: bool
    user: User | None = None
    via: str | None = None  # "token" or "session"
    csrf: str | None = None
    bad_token: bool = False  # an Authorization header that names no live token


def is_open_path(path: str) -> bool:
    return path in (SIGN_IN, UNSUBSCRIBE) or path.startswith(OPEN_PREFIXES)


def wants_json(path: str) -> bool:
    """API routes, feeds and the API's description answer in JSON; pages in HTML."""
    return path.startswith(("/api/", "/feeds/")) or path in ("/api", "/openapi.json")


def identify(db_path: str, require_auth: bool, authorization: str | None, cookie: str | None) -> Caller:
    conn = connect(db_path)
    try:
        enabled = require_auth or count_users(conn) > 0
        if not enabled:
            return Caller(enabled=False)
        if authorization is not None:
            scheme, _, secret = authorization.partition(" ")
            user = user_for_token(conn, secret.strip()) if scheme.lower() == "bearer" else None
            return Caller(True, user, "token") if user else Caller(True, bad_token=True)
        if cookie:
            found = session_user(conn, cookie)
            if found is not None:
                return Caller(True, found[0], "session", found[1])
        return Caller(enabled=True)
    finally:
        conn.close()


def write_audit(
    db_path: str, who: str | None, method: str, path: str, status: int, address: str | None
) -> None:
    conn = connect(db_path)
    try:
        audit(conn, who, method, path, status, address)
    except sqlite3.Error:  # an audit row that cannot be written must not hide the answer already sent
        pass
    finally:
        conn.close()


class AuthMiddleware:
    """Identify the caller, refuse what it may not do, and audit what changes state."""

    def __init__(
        self,
        app: ASGIApp,
        db_path: str,
        require_auth: bool,
        sign_in_page: Callable[[Request, int], Response],
    ) -> None:
        self.app, self.db_path, self.require_auth = app, db_path, require_auth
        self.sign_in_page = sign_in_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        method, path = scope["method"], scope["path"]
        changing = method in STATE_CHANGING
        body = b""
        if changing:  # read the body once, for the CSRF field, and hand it on unchanged
            body = await request.body()
            receive = _replay(body, receive)
        caller = await run_in_threadpool(
            identify,
            self.db_path,
            self.require_auth,
            request.headers.get("authorization"),
            request.cookies.get(SESSION_COOKIE),
        )
        state = scope.setdefault("state", {})
        state.update(user=caller.user, auth_enabled=caller.enabled, csrf_token=caller.csrf, form_body=body)
        status = [500]

        async def send_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            refusal = self._refusal(request, caller, changing, body)
            await (refusal or self.app)(scope, receive, send_status)
        finally:
            if changing:
                who = state.get("audit_user") or (caller.user.name if caller.user else None)
                client = scope.get("client")
                address = client[0] if client else None
                await run_in_threadpool(write_audit, self.db_path, who, method, path, status[0], address)

    def _refusal(self, request: Request, caller: Caller, changing: bool, body: bytes) -> Response | None:
        path = request.url.path
        if changing and path != UNSUBSCRIBE and _cross_site(request):
            return _refuse(path, 403, "refused: this request came from another site")
        if not caller.enabled or is_open_path(path):
            return None
        if caller.user is None:
            if wants_json(path) or caller.bad_token:
                problem = "this token is not valid (revoked?)" if caller.bad_token else "sign in first"
                detail = f"authentication required: {problem}; send 'Authorization: Bearer TOKEN'"
                return JSONResponse({"detail": detail}, status_code=401, headers=BEARER)
            return self.sign_in_page(request, 401)
        if changing and caller.via == "session" and not _csrf_ok(request, caller.csrf, body):
            return _refuse(
                path, 403, "CSRF token missing or wrong: reload the page and submit the form again"
            )
        return None


def _cross_site(request: Request) -> bool:
    """A browser's request from another site: its Fetch Metadata says so, or else its Origin. (With
    `Referrer-Policy: no-referrer` a browser sends `Origin: null` even from our own forms.)"""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return False
    return urlsplit(origin).netloc.lower() != request.headers.get("host", "").lower()


def _csrf_ok(request: Request, expected: str | None, body: bytes) -> bool:
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith("application/x-www-form"):
        given = next(iter(parse_qs(body.decode("latin-1")).get(CSRF_FIELD, [])), None)
    return expected is not None and given is not None and _same(given, expected)


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _refuse(path: str, status: int, detail: str) -> Response:
    if wants_json(path):
        return JSONResponse({"detail": detail}, status_code=status)
    return Response(detail, status_code=status, media_type="text/plain; charset=utf-8")


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body already read, then the client's own messages (e.g. its disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
