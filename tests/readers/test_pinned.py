"""Fetches are pinned: the host is resolved once per hop and the connection goes to that answer.

Real servers on loopback (127.0.0.1 and 127.0.0.2 on one port, plain and TLS); the DNS is a stub
resolver injected into the fetch layer whose answer changes between lookups, as a rebinding name
server's would.
"""

from __future__ import annotations

import ipaddress
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
import trustme

from watchfloor.errors import InputError
from watchfloor.readers.addresses import IpAddress, literal_address
from watchfloor.readers.pinned import PinnedTransport
from watchfloor.readers.web import fetch, read_url
from watchfloor.settings import Settings

ALLOWED = Settings(allow_private_urls=True, fetch_timeout=5.0)


class Recorder(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        server = self.server
        assert isinstance(server, Served)
        server.seen.append((self.path, self.headers.get("Host", "")))
        if self.path == "/hop":
            self.send_response(302)
            self.send_header("Location", f"http://rebind.test:{server.server_address[1]}/page")
            self.end_headers()
            return
        body = f"Served by {server.name}.\n".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Served(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], name: str) -> None:
        super().__init__(address, Recorder)
        self.name = name
        self.seen: list[tuple[str, str]] = []


def _start(server: Served) -> Served:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def servers() -> Iterator[tuple[Served, Served]]:
    """The honest server on 127.0.0.1 and the one a rebinding answer points at, on 127.0.0.2."""
    honest = _start(Served(("127.0.0.1", 0), "honest"))
    hostile = _start(Served(("127.0.0.2", honest.server_address[1]), "hostile"))
    yield honest, hostile
    for server in (honest, hostile):
        server.shutdown()
        server.server_close()


class RebindingResolver:
    """Answers `first` to a name's first lookup and `later` to every lookup after it."""

    def __init__(self, first: str, later: str) -> None:
        self.first, self.later = ipaddress.ip_address(first), ipaddress.ip_address(later)
        self.lookups: list[str] = []

    def __call__(self, host: str, port: int) -> list[IpAddress]:
        seen_before = host in self.lookups
        self.lookups.append(host)
        return [self.later if seen_before else self.first]


def test_the_second_answer_is_never_used(servers: tuple[Served, Served]) -> None:
    honest, hostile = servers
    port = honest.server_address[1]
    resolver = RebindingResolver("127.0.0.1", "127.0.0.2")
    [document] = read_url(f"http://rebind.test:{port}/page", ALLOWED, resolver)
    assert document.text.strip() == "Served by honest."
    assert resolver.lookups == ["rebind.test"]  # resolved once: the check's answer is the connection's
    assert honest.seen == [("/page", f"rebind.test:{port}")]  # Host header keeps the name
    assert hostile.seen == []


def test_every_redirect_hop_is_resolved_once_and_pinned(servers: tuple[Served, Served]) -> None:
    honest, hostile = servers
    port = honest.server_address[1]
    resolver = RebindingResolver("127.0.0.1", "127.0.0.2")
    fetched = fetch(f"http://start.test:{port}/hop", ALLOWED, resolver)
    assert fetched.data == b"Served by honest.\n"
    assert fetched.url == f"http://rebind.test:{port}/page"  # the name, not the address, is reported
    assert resolver.lookups == ["start.test", "rebind.test"]
    assert [path for path, _ in honest.seen] == ["/hop", "/page"]
    assert hostile.seen == []


def test_a_public_answer_then_a_private_one_never_reaches_the_private_server(
    servers: tuple[Served, Served],
) -> None:
    """The attack itself, under the default policy: the check is shown a public address and the
    connection must go there (it fails, offline or not), never to the loopback answer that follows."""
    honest, hostile = servers
    resolver = RebindingResolver("93.184.215.14", "127.0.0.1")
    with pytest.raises(InputError) as caught:
        fetch(f"http://rebind.test:{honest.server_address[1]}/page", Settings(fetch_timeout=1.0), resolver)
    assert not caught.value.problem.startswith("refused")  # it passed the check, then failed out there
    assert resolver.lookups == ["rebind.test"]
    assert honest.seen == hostile.seen == []


def test_a_private_answer_is_refused_before_connecting(servers: tuple[Served, Served]) -> None:
    honest, _ = servers
    resolver = RebindingResolver("127.0.0.1", "93.184.215.14")
    with pytest.raises(InputError) as caught:
        fetch(f"http://rebind.test:{honest.server_address[1]}/page", Settings(), resolver)
    assert "refused: host rebind.test resolves to 127.0.0.1, a loopback address" in caught.value.problem
    assert honest.seen == []


@pytest.mark.parametrize(
    ("host", "address", "problem"),
    [
        ("2130706433", "127.0.0.1", "loopback"),  # decimal
        ("0177.0.0.1", "127.0.0.1", "loopback"),  # octal
        ("0x7f.0.0.1", "127.0.0.1", "loopback"),  # hex
        ("0x7f000001", "127.0.0.1", "loopback"),
        ("127.1", "127.0.0.1", "loopback"),  # short form
        ("0", "0.0.0.0", "unspecified"),
        ("0.0.0.0", "0.0.0.0", "unspecified"),
        ("[::1]", "::1", "loopback"),
        ("[::ffff:127.0.0.1]", "::ffff:7f00:1", "loopback"),  # IPv4-mapped
        ("[::ffff:a00:1]", "::ffff:a00:1", "private"),
        ("[fe80::1]", "fe80::1", "link-local"),
        ("[::]", "::", "unspecified"),
        ("0xa9.0376.43518", "169.254.169.254", "link-local"),  # the cloud metadata address, mixed
    ],
)
def test_numeric_hosts_in_every_spelling_are_refused_without_a_lookup(
    host: str, address: str, problem: str
) -> None:
    def no_lookup(name: str, port: int) -> list[IpAddress]:
        raise AssertionError(f"{name} is a number; it must not be looked up")

    assert str(literal_address(host)) == address
    with pytest.raises(InputError) as caught:
        fetch(f"http://{host}:9/x", Settings(fetch_timeout=1.0), no_lookup)
    assert f"is {address}, a {problem} address" in caught.value.problem
    assert "--allow-private-urls" in caught.value.problem


@pytest.mark.parametrize("host", ["example.com", "1.2.3.4.5", "256.1.1.1", "08.1.1.1", "1e3"])
def test_names_that_only_look_numeric_are_names(host: str) -> None:
    assert literal_address(host) is None


def test_tls_keeps_the_name_for_sni_and_the_certificate() -> None:
    """HTTPS to a pinned address: the certificate is verified for the host name, not the IP."""
    authority = trustme.CA()
    for name, expect_ok in (("secure.test", True), ("other.test", False)):
        server = Served(("127.0.0.1", 0), "tls")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert(name).configure_cert(context)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        _start(server)
        client_context = ssl.create_default_context()
        authority.configure_trust(client_context)
        resolver = RebindingResolver("127.0.0.1", "127.0.0.2")
        transport = PinnedTransport(resolver, allow_private=True, verify=client_context)
        url = f"https://secure.test:{server.server_address[1]}/page"
        try:
            with httpx.Client(transport=transport) as client:
                if expect_ok:
                    response = client.get(url)
                    assert response.text == "Served by tls.\n"
                    assert server.seen == [("/page", f"secure.test:{server.server_address[1]}")]
                    assert transport.connected == [("secure.test", ipaddress.ip_address("127.0.0.1"))]
                else:  # a certificate for another name is refused, though the address is the same
                    with pytest.raises(httpx.ConnectError, match="certificate"):
                        client.get(url)
        finally:
            server.shutdown()
            server.server_close()
