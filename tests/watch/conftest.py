"""Real receivers for watch deliveries (an aiosmtpd SMTP server and an http.server webhook
endpoint, both on 127.0.0.1), short reports written for these tests, and a real ingest."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from watchfloor.ingest import Ingester
from watchfloor.settings import Settings
from watchfloor.store import open_store

BORDER_SHELLING = (
    "Belarusian troops fired artillery at the Lithuanian border village of Druskininkai on May 10, 2024,"
    " the border guard said."
)
BORDER_SHELLING_AGAIN = (
    "Residents fled overnight. Belarusian troops fired artillery at the Lithuanian border village of"
    " Druskininkai on May 10, 2024, local police confirmed, and two barns burned."
)
MAYBE_MISSILES = "Iran may have delivered ballistic missiles to Venezuela in April 2024.[1]"
DENIED_DRONES = "Officials in Caracas denied that Iran delivered drones to Venezuela in March 2024."
NOTES = "Notes\n\n[1] https://example.org/harbor/missiles"


def report(published: str, outlet: str, *paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"---\npublished: {published}\nsource: {outlet}\n---\nDesk Note\n\n{body}\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 OK"


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Mailbox]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("WATCHFLOOR_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("WATCHFLOOR_SMTP_PORT", str(port))
    monkeypatch.setenv("WATCHFLOOR_SMTP_FROM", "desk@watchfloor.test")
    yield mailbox
    controller.stop()


class Hook:
    def __init__(self, url: str) -> None:
        self.url = url
        self.bodies: list[dict[str, Any]] = []


@pytest.fixture
def webhook() -> Iterator[Hook]:
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            received.append(json.loads(self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    hook = Hook(f"http://127.0.0.1:{server.server_address[1]}/alerts")
    hook.bodies = received
    yield hook
    server.shutdown()
    server.server_close()


@pytest.fixture
def write(tmp_path: Path) -> Any:
    folder = tmp_path / "reports"
    folder.mkdir()

    def make(name: str, text: str) -> Path:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    return make


def ingest_files(db: Path | str, *files: Path) -> None:
    with open_store(db) as store:
        for result in Ingester(store, Settings()).run(str(f) for f in files):
            for outcome in result.outcomes:
                assert outcome.status != "failed", outcome.message
