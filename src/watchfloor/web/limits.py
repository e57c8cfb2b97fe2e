"""What every request and response passes through: size limits, strict headers, no stack traces.

A pure ASGI middleware (it streams, unlike Starlette's BaseHTTPMiddleware): it refuses a query string
or a body over its limit before the app reads it, with a message naming the limit; it adds the
security headers to every response, error pages included; and an exception no handler took becomes
a plain 500 naming the request's path, its traceback going to the server's log, never to the client.
"""

from __future__ import annotations

import json
import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_QUERY_STRING = 8192  # bytes of the URL after "?"; every filter and search text fits well within
MAX_EXPORT_EVENTS = 200_000  # events in one web export; the CLI's `watchfloor export` has no limit
MAX_BODY = 64 * 1024  # bytes of a request body; the only form (unsubscribe) sends an address
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # following a source link does not tell its site where from
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}
_RAW_HEADERS = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
log = logging.getLogger("watchfloor.web")


class BodyTooLarge(Exception):
    """The request body went past MAX_BODY while the app was reading it."""


class HardeningMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        refusal = _refusal(scope)
        if refusal is not None:
            await _plain(send, path, *refusal)
            return
        started = False
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > MAX_BODY:
                raise BodyTooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _RAW_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if started:
                raise
            await _plain(send, path, 413, f"request body is over the {MAX_BODY}-byte limit")
        except Exception:
            log.exception("error answering %s", path)
            if started:
                raise  # the body is partly sent: the server must cut the connection, not end it cleanly
            await _plain(send, path, 500, f"internal error while answering {path}; see the server's log")


def _refusal(scope: Scope) -> tuple[int, str] | None:
    """(status, message) when the request is over a limit before anything is read."""
    query = scope.get("query_string", b"")
    if len(query) > MAX_QUERY_STRING:
        return 414, f"query string is {len(query)} bytes long; at most {MAX_QUERY_STRING} are accepted"
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            if not value.isdigit():
                return 400, f"Content-Length {value.decode('latin-1')!r} is not a number of bytes"
            if int(value) > MAX_BODY:
                return 413, f"request body of {int(value)} bytes is over the {MAX_BODY}-byte limit"
    return None


async def _plain(send: Send, path: str, status: int, detail: str) -> None:
    """A refusal: JSON for the API, plain text elsewhere, with the security headers."""
    if path == "/api" or path.startswith("/api/"):
        body, media = json.dumps({"detail": detail}).encode(), b"application/json"
    else:
        body, media = f"{status}: {detail}\n".encode(), b"text/plain; charset=utf-8"
    headers = [(b"content-type", media), (b"content-length", str(len(body)).encode()), *_RAW_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
