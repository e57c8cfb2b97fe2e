"""Fetching URLs: private addresses refused, every hop pinned to the address checked, size and time
capped, then dispatched to a reader."""

from __future__ import annotations

import codecs
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit

import httpx

from watchfloor.errors import InputError
from watchfloor.models import Document, Format
from watchfloor.readers.addresses import ALLOW_HINT, Resolver, address_problem, literal_address
from watchfloor.readers.feed import parse_feed
from watchfloor.readers.files import (
    decode_text,
    format_for,
    require_content,
    size_problem,
    sniff_format,
    url_name,
)
from watchfloor.readers.html import parse_html
from watchfloor.readers.pdf import parse_pdf
from watchfloor.readers.pinned import PinnedTransport
from watchfloor.readers.text import parse_text
from watchfloor.settings import Settings
from watchfloor.urls import is_url

MAX_REDIRECTS = 5
_TIMEOUT_HINT = "raise it with WATCHFLOOR_FETCH_TIMEOUT"
_TYPES: dict[str, Format] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/feed+xml": "feed",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
__all__ = ["Fetched", "address_problem", "check_url", "fetch", "is_url", "read_url"]


def _user_agent() -> str:
    try:
        release = version("watchfloor")
    except PackageNotFoundError:
        release = "dev"
    return f"Watchfloor/{release} (open-source OSINT reader)"


USER_AGENT = _user_agent()


@dataclass(frozen=True)
class Fetched:
    """A response body that passed every check."""

    url: str  # the address finally read, after redirects
    content_type: str  # the Content-Type header, "" when absent
    data: bytes


def check_url(url: str, allow_private: bool = False) -> None:
    """Refuse a non-HTTP address, one without a host, or a numeric host (any spelling) that is not
    public; a host name's addresses are judged when it is resolved, once, by the transport that then
    connects to the address judged (`readers.pinned`)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is not a number is refused here, with the URL named
    except ValueError as exc:
        raise InputError(url, f"address is malformed ({exc})") from None
    if parts.scheme.lower() not in {"http", "https"}:
        raise InputError(url, f"only http and https addresses are read, not {parts.scheme or 'no scheme'}")
    if not host:
        raise InputError(url, "address has no host name")
    literal = literal_address(host)
    problem = None if literal is None or allow_private else address_problem(literal)
    if problem:
        raise InputError(url, f"refused: host {host} is {literal}, a {problem} address ({ALLOW_HINT})")


def fetch(url: str, settings: Settings, resolver: Resolver | None = None) -> Fetched:
    """GET an address, following up to MAX_REDIRECTS redirects; every hop's host is resolved once
    (by `resolver`, the system's by default), judged, and connected to at that address."""
    timeout = settings.fetch_timeout
    deadline = time.monotonic() + timeout  # one budget for the whole fetch, not per read
    current = url
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html, application/pdf, application/rss+xml, */*;q=0.5",
    }
    pinned = PinnedTransport(resolver, settings.allow_private_urls)
    with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers, transport=pinned) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, settings.allow_private_urls)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = str(response.url.join(response.headers["location"]))
                        continue
                    if response.status_code >= 400:
                        raise InputError(
                            url, f"server answered HTTP {response.status_code} {response.reason_phrase}"
                        )
                    data = _read_capped(url, response, settings, deadline)
                    return Fetched(str(response.url), response.headers.get("content-type", ""), data)
            except httpx.TimeoutException:
                raise InputError(url, f"timed out after {timeout:g} s ({_TIMEOUT_HINT})") from None
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                raise InputError(url, f"could not be fetched: {exc or type(exc).__name__}") from None
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects; open the final address directly")


def _read_capped(url: str, response: httpx.Response, settings: Settings, deadline: float) -> bytes:
    """The body, refused as soon as it is known to pass the size cap (declared or streamed)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit():
        problem = size_problem(int(declared), settings, "response")
        if problem:
            raise InputError(url, problem)
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > settings.max_bytes:
            raise InputError(
                url,
                f"response is over the {settings.max_bytes}-byte limit (stopped after {total} bytes; "
                "raise it with --max-bytes or WATCHFLOOR_MAX_BYTES)",
            )
        if time.monotonic() > deadline:
            raise InputError(url, f"timed out after {settings.fetch_timeout:g} s ({_TIMEOUT_HINT})")
        chunks.append(chunk)
    return b"".join(chunks)


def _format(fetched: Fetched) -> Format | None:
    """The reader for a response: its Content-Type, else the bytes, else the address's suffix."""
    media = fetched.content_type.split(";")[0].strip().lower()
    if media in _TYPES:
        return _TYPES[media]
    sniffed = sniff_format(fetched.data)
    if sniffed:
        return sniffed
    suffix = format_for(urlsplit(fetched.url).path)
    if suffix:
        return suffix
    if media.startswith("text/") or not media:
        return "text"
    return None


def _decode(url: str, fetched: Fetched) -> str:
    """Text in the charset the server declared, else UTF-8 with the usual fallback."""
    for param in fetched.content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
            try:
                codecs.lookup(charset)
                if b"\x00" not in fetched.data:
                    return fetched.data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(url, fetched.data)


def read_url(url: str, settings: Settings, resolver: Resolver | None = None) -> list[Document]:
    """Fetch an address and read it with the reader its content calls for."""
    fetched = fetch(url, settings, resolver)
    require_content(url, fetched.data)
    name = url_name(url)
    kind = _format(fetched)
    if kind == "html":
        return [parse_html(fetched.data, url, name, url=fetched.url)]
    if kind == "pdf":
        return [parse_pdf(fetched.data, url, name, url=fetched.url)]
    if kind == "feed":
        return parse_feed(fetched.data, url, name)
    if kind in ("text", "markdown"):
        return [parse_text(_decode(url, fetched), url, name, kind, url=fetched.url)]
    raise InputError(
        url, f"content type {fetched.content_type or 'unknown'} is not HTML, PDF, a feed or text"
    )
