"""An httpx transport that connects to the very address that passed the check (no DNS rebinding).

httpx would resolve the host again when it connects, and a hostile name server can answer a public
address to the check and a private one to the connection. This transport resolves each request's
host once (`resolve_checked`), then sends the request to that IP: the URL's host becomes the
address, the Host header keeps the name, and TLS is negotiated and verified for the name (httpcore's
`sni_hostname`). Every redirect hop is a new request through it, so each hop is pinned too.
"""

from __future__ import annotations

import ipaddress

import httpx

from watchfloor.readers.addresses import IpAddress, Resolver, resolve_checked, system_resolver


class PinnedTransport(httpx.BaseTransport):
    """Sends each request to the one address its host resolved to and passed the address policy."""

    def __init__(
        self, resolver: Resolver | None = None, allow_private: bool = False, **transport: object
    ) -> None:
        self._resolver: Resolver = resolver or system_resolver
        self._allow_private = allow_private
        self._inner = httpx.HTTPTransport(**transport)  # type: ignore[arg-type]
        self.connected: list[tuple[str, IpAddress]] = []  # (host, address) per request sent

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        host = url.host
        address = resolve_checked(str(url), host, url.port or _default_port(url), self._resolver,
                                  self._allow_private)  # fmt: skip
        self.connected.append((host, address))
        extensions = dict(request.extensions)
        if url.scheme == "https" and not _is_literal(host):
            extensions["sni_hostname"] = host  # certificate checked against the name, not the IP
        pinned = httpx.Request(
            request.method,
            url.copy_with(host=str(address)),
            headers=request.headers,  # carries Host: the name the request was made for
            stream=request.stream,
            extensions=extensions,
        )
        return self._inner.handle_request(pinned)

    def close(self) -> None:
        self._inner.close()


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
