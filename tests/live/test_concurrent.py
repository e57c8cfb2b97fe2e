"""Readers and writers at once: 50 clients search, read documents and fetch the map and the API
from a real server on loopback while a real ingest writes a large folder into the same store, and
the ingest is killed mid-way under that load. Zero errors, no tracebacks, nothing committed lost."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn

from watchfloor.store.check import check_store
from watchfloor.web import create_app

from .conftest import LiveIngest, documents_by_key, stored_documents, wait_for_documents, write_reports

REPORTS = 100
KILL_AT_DOCUMENTS = 60  # or at half the requests, whichever comes first: the kill lands mid-ingest
CLIENTS = 50
REQUESTS_PER_CLIENT = 24  # 1,200 requests in all
KILL_AFTER = CLIENTS * REQUESTS_PER_CLIENT // 2
PATHS = [
    "/api/search?q=drone",
    "/search?q=naval+OR+missile",
    "/api/documents/{id}",
    "/documents/{id}",
    "/map",
    "/api/map/events?min_confidence=0",
    "/api/events?limit=50",
    "/api/entities?q=ir",
    "/api/timeline?actor=Iran",
    "/api/network?min_confidence=0",
    "/timeline",
    "/api/search?q=%22trade+talks%22+-sanctions&limit=100",
]


@dataclass
class Load:
    """What the clients saw: requests made, failures, and the documents they read."""

    done: int = 0
    errors: list[str] = field(default_factory=list)
    seen: dict[int, str] = field(default_factory=dict)  # document id -> its text as served
    lock: threading.Lock = field(default_factory=threading.Lock)
    half_way: threading.Event = field(default_factory=threading.Event)

    def record(self, error: str | None = None) -> None:
        with self.lock:
            self.done += 1
            if error:
                self.errors.append(error)
            if self.done >= KILL_AFTER:
                self.half_way.set()


@pytest.fixture
def server_on(tmp_path: Path) -> Iterator[object]:
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(db: Path) -> str:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                                backlog=CLIENTS * 2)  # fmt: skip
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 60
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=30)


def _client(base: str, number: int, load: Load) -> None:
    with httpx.Client(base_url=base, timeout=120) as client:
        for step in range(REQUESTS_PER_CLIENT):
            path = PATHS[(number + step) % len(PATHS)]
            if "{id}" in path:
                with load.lock:
                    known = list(load.seen) or [1]
                path = path.format(id=known[(number * 7 + step) % len(known)])
            try:
                response = client.get(path)
            except httpx.HTTPError as exc:
                load.record(f"{path}: {type(exc).__name__} {exc}")
                continue
            problem = None
            if response.status_code != 200:
                problem = f"{path}: HTTP {response.status_code} {response.text[:200]}"
            elif "Traceback" in response.text:
                problem = f"{path}: a traceback in the response"
            elif path.startswith("/api/search"):
                with load.lock:
                    for hit in response.json()["hits"]:
                        load.seen.setdefault(int(hit["document_id"]), "")
            elif path.startswith("/api/documents/"):
                with load.lock:
                    load.seen[int(path.rsplit("/", 1)[1])] = response.json()["text"]
            load.record(problem)


def test_fifty_clients_read_while_an_ingest_writes_and_is_killed(
    tmp_path: Path, live_ingest: LiveIngest, server_on: object
) -> None:
    folder, db = write_reports(tmp_path / "large", REPORTS), tmp_path / "live.db"
    ingest = live_ingest(folder, db)
    assert wait_for_documents(db, 3, ingest) >= 3
    base = server_on(db)  # type: ignore[operator]
    load = Load()
    clients = [threading.Thread(target=_client, args=(base, n, load)) for n in range(CLIENTS)]
    for thread in clients:
        thread.start()
    deadline = time.monotonic() + 600
    while not load.half_way.wait(timeout=0.1) and time.monotonic() < deadline:
        if stored_documents(db) >= KILL_AT_DOCUMENTS:
            break
    running_at_kill = ingest.poll() is None
    ingest.kill()
    ingest.wait()
    stored_at_kill = stored_documents(db)
    for thread in clients:
        thread.join(timeout=600)

    print(f"\n{load.done} requests from {CLIENTS} clients, {len(load.errors)} errors; "
          f"ingest killed at {stored_at_kill}/{REPORTS} documents")  # fmt: skip
    assert load.errors == []
    assert load.done == CLIENTS * REQUESTS_PER_CLIENT
    assert running_at_kill and 3 <= stored_at_kill < REPORTS, "the kill must land mid-ingest"
    assert check_store(db) == []
    stored = documents_by_key(db)
    assert len(stored) == stored_at_kill
    # Every stored document is whole (text, 4 paragraphs and their sentences, 4 notes, extracted).
    assert all(extracted and passages >= 8 and notes == 4 for _t, _h, extracted, passages, notes, _e in
               stored.values())  # fmt: skip
    # Nothing a client read was lost: each document served is still stored, with the same text.
    texts = {text for text, *_ in stored.values()}
    served = [text for text in load.seen.values() if text]
    assert served and all(text in texts for text in served)
