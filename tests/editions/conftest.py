"""A store of short reports of three days (Thursday, Saturday, Monday) with their extractions
written by hand, copied for each test; a real SMTP server (aiosmtpd) on 127.0.0.1 whose
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
from watchfloor.models import Citation, Document, Layout, Passage
from watchfloor.nlp.types import Event, Extraction
from watchfloor.store import open_store
from watchfloor.store.copy import copy_store
from watchfloor.watch.delivery import DeliverySettings

BASE_URL = "http://watchfloor.test"
FAST = RetryPolicy(tries=3, delay=0.01, later=0.0)


@dataclass(frozen=True)
class Told:
    """One sentence of a report and the event extraction read in it (written here by hand, so
    these tests do not move with the extraction model)."""

    sentence: str
    type: str
    actor: str
    actor_country: str
    recipient: str | None
    recipient_country: str | None
    date: str
    certainty: str
    note: str  # the URL of the sentence's note [n]
    trigger: str


REPORTS = {
    "thu": ("2024-03-14", "Gulf Desk", "Gulf Monitor", [
        Told("Qatari Emir Tamim bin Hamad Al Thani hosted Turkish President Recep Tayyip Erdogan in Doha"
             " on March 13.", "CONSULT", "Qatar", "QAT", "Turkey", "TUR", "2024-03-13", "asserted",
             "https://gulf-monitor.example/2024/03/13/erdogan-doha", "hosted"),
        Told("Turkey likely delivered armed drones to Qatar in February.", "AID", "Turkey", "TUR", "Qatar",
             "QAT", "2024-02", "likely", "https://gulf-monitor.example/2024/03/10/drones", "delivered"),
    ]),
    "sat": ("2024-03-16", "Weekend Desk", "Baltic Signal", [
        Told("Belarusian troops fired artillery at the Lithuanian border village of Druskininkai on March"
             " 15, 2024.", "ASSAULT", "Belarus", "BLR", "Lithuania", "LTU", "2024-03-15", "asserted",
             "https://baltic.example/druskininkai", "fired"),
    ]),
    "mon": ("2024-03-18", "Monday Desk", "Harbor Courier", [
        Told("Iran may have delivered ballistic missiles to Venezuela in March 2024.", "AID", "Iran", "IRN",
             "Venezuela", "VEN", "2024-03", "possible", "https://harbor.example/missiles", "delivered"),
    ]),
}  # fmt: skip


def _report(key: str, published: str, title: str, outlet: str, told: list[Told]) -> tuple[Any, ...]:
    sentences = [f"{t.sentence}[{i}]" for i, t in enumerate(told, 1)]
    head = f"{title}\n\n"
    body = "\n\n".join(sentences)
    notes = "\n\nNotes\n\n" + "\n".join(f"[{i}] {t.note}" for i, t in enumerate(told, 1)) + "\n"
    text = head + body + notes
    document = Document(text=text, source=f"/reports/{key}.txt", name=f"{key}.txt", format="text",
                        title=title, published=published, outlet=outlet)  # fmt: skip
    passages, events = [Passage("paragraph", 0, len(title))], []
    for i, (sentence, t) in enumerate(zip(sentences, told, strict=True), 1):
        start = text.index(sentence)
        end = start + len(sentence)
        passages += [Passage("paragraph", start, end, (str(i),)), Passage("sentence", start, end, (str(i),))]
        events.append(Event(
            type=t.type, mode=None, actor=t.actor, actor_country=t.actor_country, recipient=t.recipient,
            recipient_country=t.recipient_country, date=t.date, place=None, certainty=t.certainty,
            source=None, text=sentence, start=start, end=end, markers=(str(i),), trigger=t.trigger,
        ))  # fmt: skip
    citations = [Citation(str(i), t.note, t.note) for i, t in enumerate(told, 1)]
    return document, Layout(len(head + body), citations, passages), Extraction(events=events)


@pytest.fixture(scope="session")
def reports_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("editions") / "reports.db"
    with open_store(path) as store:
        for key, (published, title, outlet, told) in REPORTS.items():
            store.add_document(*_report(key, published, title, outlet, told))
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, reports_store: Path, tmp_path: Path) -> Path | str:
    """A copy of the reports' store with a profile `desk` (every country, Monday to Friday, any
    confidence) and three subscribers: a SQLite file, then a PostgreSQL database."""
    path: Path | str = tmp_path / "w.db"
    if request.param == "sqlite":
        shutil.copy(reports_store, path)
    else:
        server = request.getfixturevalue("pg_server")
        path = server.new_database(server.template)
        copy_store(reports_store, path)
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


def ledger(db: Path | str) -> dict[str, tuple[str, int]]:
    """address -> (state, attempts) of the deliveries of every edition."""
    with open_store(db) as store:
        rows = store.conn.execute(
            "SELECT s.address, d.state, d.attempts FROM edition_deliveries d"
            " JOIN subscribers s ON s.id = d.subscriber_id ORDER BY s.address"
        ).fetchall()
    return {str(a): (str(s), int(n)) for a, s, n in rows}
