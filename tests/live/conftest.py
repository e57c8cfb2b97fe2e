"""Live stores: a real `watchfloor ingest` writing a large folder in its own process while the test
reads, backs up or serves the same store."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOPICS = ["drone deliveries", "naval patrols", "trade talks", "sanctions designations", "missile tests"]
LiveIngest = Callable[[Path, Path], "subprocess.Popen[bytes]"]


def write_reports(folder: Path, count: int, paragraphs: int = 4) -> Path:
    """`count` distinct made-up reports with notes in `folder`, each giving extraction events to find."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        topic = TOPICS[n % len(TOPICS)]
        body = "\n\n".join(
            f"Iran discussed {topic} with Russia in week {p + n} of report {n}.[{p + 1}] "
            f"Officials in Moscow called the {topic} routine, and observers disagreed about their scale."
            for p in range(paragraphs)
        )
        notes = "\n".join(f"[{p + 1}] https://example.org/report/{n}/note/{p}" for p in range(paragraphs))
        (folder / f"report-{n:04d}.txt").write_text(
            f"Desk Update, March {1 + n % 28}, 2024\n\n{body}\n\n{notes}\n", encoding="utf-8"
        )
    return folder


def stored_documents(db: Path) -> int:
    """Documents committed to the store at `db` so far (0 before it exists)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def wait_for_documents(db: Path, at_least: int, process: subprocess.Popen[bytes], limit: float = 300) -> int:
    """Poll until the store holds `at_least` documents or the ingest ended; the count reached."""
    deadline = time.monotonic() + limit
    while (found := stored_documents(db)) < at_least and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    return found


def documents_by_key(db: Path) -> dict[str, tuple[object, ...]]:
    """Each stored document's key -> its text, title, and counts of passages, citations, events."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        rows = conn.execute(
            "SELECT d.key, d.text, d.title, d.extracted_at IS NOT NULL,"
            " (SELECT count(*) FROM passages p WHERE p.document_id = d.id),"
            " (SELECT count(*) FROM citations c WHERE c.document_id = d.id),"
            " (SELECT count(*) FROM events e WHERE e.document_id = d.id)"
            " FROM documents d"
        ).fetchall()
    finally:
        conn.close()
    return {str(row[0]): tuple(row[1:]) for row in rows}


@pytest.fixture
def live_ingest() -> Iterator[LiveIngest]:
    """live_ingest(folder, db): a real `watchfloor ingest` in its own process, killed at the end of
    the test if it still runs."""
    started: list[subprocess.Popen[bytes]] = []

    def start(folder: Path, db: Path) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "watchfloor", "ingest", str(folder), "--db", str(db)]
        env = {**os.environ, "COLUMNS": "120", "PYTHONPATH": str(REPO / "src")}
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
