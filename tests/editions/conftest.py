"""A store of short reports over four days (Thursday, Saturday, Monday), ingested once with the
real extraction and copied for each test; a real SMTP server (aiosmtpd) on 127.0.0.1 whose
replies a test can script (refuse an address for good or for now, or kill the mailing process in
the middle of a message)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from watchfloor.editions import RetryPolicy, add_profile, add_subscriber, make_profile
from watchfloor.ingest import Ingester
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.watch.delivery import DeliverySettings

BASE_URL = "http://watchfloor.test"
FAST = RetryPolicy(tries=3, delay=0.01, later=0.0)

THURSDAY = """---
published: 2024-03-14
source: Gulf Monitor
---
Gulf Desk

Qatari Emir Tamim bin Hamad Al Thani hosted Turkish President Recep Tayyip Erdogan in Doha on March 13.[1]

Turkey likely delivered armed drones to Qatar in February.[2]

Notes

[1] https://gulf-monitor.example/2024/03/13/erdogan-doha
[2] https://gulf-monitor.example/2024/03/10/drones
"""

SATURDAY = """---
published: 2024-03-16
source: Baltic Signal
---
Weekend Desk

Belarusian troops fired artillery at the Lithuanian border village of Druskininkai on March 15, 2024, \
the border guard said.[1]

Notes

[1] https://baltic.example/druskininkai
"""

MONDAY = """---
published: 2024-03-18
source: Harbor Courier
---
Monday Desk

Iran may have delivered ballistic missiles to Venezuela in March 2024.[1]

Notes

[1] https://harbor.example/missiles
"""


@pytest.fixture(scope="session")
def reports_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("editions")
    with open_store(folder / "reports.db") as store:
        for name, text in (("thu.txt", THURSDAY), ("sat.txt", SATURDAY), ("mon.txt", MONDAY)):
            path = folder / name
            path.write_text(text, encoding="utf-8")
            for result in Ingester(store, Settings()).run([str(path)]):
                assert all(o.status != "failed" for o in result.outcomes)
    return folder / "reports.db"


@pytest.fixture
def db(reports_store: Path, tmp_path: Path) -> Path:
    """A copy of the reports' store with a profile `desk` (every country, Monday to Friday, any
    confidence) and three subscribers."""
    path = tmp_path / "w.db"
    shutil.copy(reports_store, path)
    with open_store(path) as store:
        add_profile(store.conn, make_profile("desk", title="Desk Update", min_confidence=0.0))
        for address in SUBSCRIBERS:
            add_subscriber(store.conn, address, "desk")
    return path


SUBSCRIBERS = ("ana@example.org", "ben@example.org", "cy@example.org")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Mailbox:
    """What arrived, and how to answer: `refuse` maps an address to the replies its next RCPT
    commands get (then 250); `kill` = (stage, n) kills `victim` at the n-th RCPT or DATA."""

    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    refuse: dict[str, list[str]] = field(default_factory=dict)
    kill: tuple[str, int] | None = None
    victim: subprocess.Popen[bytes] | None = None
    seen: dict[str, int] = field(default_factory=dict)

    def settings(self) -> DeliverySettings:
        return DeliverySettings(
            smtp_host="127.0.0.1", smtp_port=self.port, smtp_from="desk@watchfloor.test", timeout=10,
            base_url=BASE_URL,
        )  # fmt: skip

    def env(self) -> dict[str, str]:
        return {
            "WATCHFLOOR_SMTP_HOST": "127.0.0.1",
            "WATCHFLOOR_SMTP_PORT": str(self.port),
            "WATCHFLOOR_SMTP_FROM": "desk@watchfloor.test",
            "WATCHFLOOR_BASE_URL": BASE_URL,
        }

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]

    def _stage(self, stage: str) -> None:
        self.seen[stage] = self.seen.get(stage, 0) + 1
        if self.kill == (stage, self.seen[stage]) and self.victim is not None:
            os.kill(self.victim.pid, signal.SIGKILL)
            self.victim.wait(timeout=30)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        self._stage("RCPT")
        replies = self.refuse.get(address)
        if replies:
            return replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        self._stage("DATA")
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[Mailbox]:
    mailbox = Mailbox(free_port())
    controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    yield mailbox
    controller.stop()


def ledger(db: Path) -> dict[str, tuple[str, int]]:
    """address -> (state, attempts) of the deliveries of every edition."""
    with open_store(db) as store:
        rows = store.conn.execute(
            "SELECT s.address, d.state, d.attempts FROM edition_deliveries d"
            " JOIN subscribers s ON s.id = d.subscriber_id ORDER BY s.address"
        ).fetchall()
    return {str(a): (str(s), int(n)) for a, s, n in rows}
