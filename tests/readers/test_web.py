"""URLs: a real HTTP server on 127.0.0.1 is refused by default, fetched when private URLs are allowed."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from watchfloor.errors import InputError
from watchfloor.readers import read_source
from watchfloor.readers.web import address_problem
from watchfloor.settings import Settings

ALLOWED = Settings(allow_private_urls=True, fetch_timeout=5.0)
HTML = b"""<!DOCTYPE html><html lang="en"><head><title>Served Report</title>
<meta property="article:published_time" content="2024-05-06"></head><body><article>
<h1>Served Report</h1>
<p>The port authority opened a second container berth and announced plans for a third one.</p>
<p>Shipping data show that traffic through the harbour rose by a fifth over the previous quarter.</p>
</article></body></html>"""
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Served Feed</title>
<item><title>First item</title><link>https://feed.example.org/items/first</link>
<pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate><description>The first item's text.</description></item>
<item><title>Second item</title><link>https://feed.example.org/items/second</link>
<description>The second item's text.</description></item>
</channel></rss>"""
SEEN_AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[str, bytes]]] = {
        "/page.html": ("text/html; charset=utf-8", HTML),
        "/feed": ("application/rss+xml", RSS),
        "/notes.txt": ("text/plain; charset=utf-8", b"Field Notes\n\nThe convoy left at dawn.\n"),
        "/unknown": ("application/octet-stream", RSS),  # sniffed: a feed
        "/empty.html": ("text/html", b""),
    }

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, content_type: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path in self.routes:
            self._send(200, *self.routes[self.path])
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page.html")
            self.end_headers()
        elif self.path == "/redirect-to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/big-declared":
            self._send(200, "text/plain", b"a" * 5000)
        elif self.path == "/big-streamed":  # no Content-Length: the cap must stop the stream itself
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"b" * 1000)
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/plain", b"too late")
        else:
            self._send(404, "text/plain", b"not here")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up mid-body is what the size and time tests expect


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_loopback_is_refused_by_default(server: str) -> None:
    with pytest.raises(InputError) as caught:
        read_source(f"{server}/page.html", Settings())
    assert "refused" in caught.value.problem
    assert "127.0.0.1, a loopback address" in caught.value.problem
    assert "--allow-private-urls" in caught.value.problem


def test_localhost_name_is_resolved_and_refused(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    with pytest.raises(InputError, match="loopback address"):
        read_source(f"http://localhost:{port}/page.html", Settings())


def test_html_is_fetched_when_private_urls_are_allowed(server: str) -> None:
    url = f"{server}/page.html"
    [doc] = read_source(url, ALLOWED)
    assert doc.format == "html"
    assert doc.source == doc.url == url
    assert doc.name == "page.html"
    assert doc.title == "Served Report"
    assert doc.published == "2024-05-06"
    assert "second container berth" in doc.text
    assert any(agent.startswith("Watchfloor/") for agent in SEEN_AGENTS)


def test_feed_is_fetched_and_split_into_items(server: str) -> None:
    docs = read_source(f"{server}/feed", ALLOWED)
    assert [doc.title for doc in docs] == ["First item", "Second item"]
    assert docs[0].url == docs[0].source == "https://feed.example.org/items/first"
    assert docs[0].published == "2024-05-01"
    assert docs[0].outlet == "Served Feed"


def test_content_is_sniffed_when_the_type_says_nothing(server: str) -> None:
    docs = read_source(f"{server}/unknown", ALLOWED)
    assert {doc.format for doc in docs} == {"feed"}


def test_plain_text_url(server: str) -> None:
    [doc] = read_source(f"{server}/notes.txt", ALLOWED)
    assert doc.format == "text"
    assert doc.title == "Field Notes"
    assert doc.name == "notes.txt"


def test_redirect_is_followed(server: str) -> None:
    [doc] = read_source(f"{server}/redirect", ALLOWED)
    assert doc.source == f"{server}/redirect"
    assert doc.url == f"{server}/page.html"
    assert doc.title == "Served Report"


def test_every_redirect_hop_is_checked(server: str) -> None:
    with pytest.raises(InputError, match="only http and https"):
        read_source(f"{server}/redirect-to-file", ALLOWED)
    with pytest.raises(InputError, match="more than 5 redirects"):
        read_source(f"{server}/loop", ALLOWED)


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_size_cap_stops_an_oversize_body(server: str, path: str) -> None:
    settings = Settings(allow_private_urls=True, max_bytes=2000, fetch_timeout=5.0)
    with pytest.raises(InputError) as caught:
        read_source(f"{server}{path}", settings)
    assert "2000-byte limit" in caught.value.problem
    assert "--max-bytes" in caught.value.problem


def test_timeout_gives_a_clear_error(server: str) -> None:
    settings = Settings(allow_private_urls=True, fetch_timeout=0.2)
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        read_source(f"{server}/slow", settings)
    assert time.monotonic() - started < 1.4  # gave up before the server answered
    assert caught.value.problem == "timed out after 0.2 s (raise it with WATCHFLOOR_FETCH_TIMEOUT)"


def test_http_error_status(server: str) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        read_source(f"{server}/missing", ALLOWED)


def test_empty_body(server: str) -> None:
    with pytest.raises(InputError, match="is empty"):
        read_source(f"{server}/empty.html", ALLOWED)


def test_unreachable_port_is_an_input_error() -> None:
    with pytest.raises(InputError, match="could not be fetched"):
        read_source("http://127.0.0.1:9/", ALLOWED)


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("100.64.0.1", "non-public"),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_classes(address: str, problem: str | None) -> None:
    assert address_problem(ipaddress.ip_address(address)) == problem
