"""Kill a real ingest mid-batch: what was stored stays whole, and the same command finishes the rest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

DOCUMENTS = 60
PARAGRAPHS = 6
TOPICS = ["drone deliveries", "naval patrols", "trade talks", "sanctions designations", "missile tests"]


def write_batch(folder: Path) -> None:
    """Distinct made-up reports with notes, each giving the extraction events to find and store."""
    folder.mkdir()
    for n in range(DOCUMENTS):
        topic = TOPICS[n % len(TOPICS)]
        body = "\n\n".join(
            f"Iran discussed {topic} with Russia in week {p + n} of report {n}.[{p + 1}] "
            f"Officials in Moscow called the {topic} routine, and observers disagreed about their scale."
            for p in range(PARAGRAPHS)
        )
        notes = "\n".join(f"[{p + 1}] https://example.org/report/{n}/note/{p}" for p in range(PARAGRAPHS))
        (folder / f"report-{n:04d}.txt").write_text(
            f"Desk Update, March {1 + n % 28}, 2024\n\n{body}\n\n{notes}\n", encoding="utf-8"
        )


def count(db: Path, table: str) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not created yet


def ingest_command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "watchfloor", "ingest", str(folder), "--db", str(db)]


def test_killed_ingest_loses_nothing_and_resumes(tmp_path: Path) -> None:
    folder, db = tmp_path / "batch", tmp_path / "store.db"
    write_batch(folder)
    env = {**os.environ, "COLUMNS": "120"}
    process = subprocess.Popen(
        ingest_command(folder, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    deadline = time.monotonic() + 120
    while count(db, "documents") < 5 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored_at_kill = count(db, "documents")
    assert 5 <= stored_at_kill < DOCUMENTS, f"the kill must land mid-batch ({stored_at_kill} stored)"

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Every stored document is whole: its paragraphs, sentences and notes, and its extraction.
    incomplete = conn.execute(
        "SELECT d.name FROM documents d WHERE d.extracted_at IS NULL"
        " OR (SELECT count(*) FROM passages p WHERE p.document_id = d.id AND p.kind = 'paragraph') < ?"
        " OR (SELECT count(*) FROM citations c WHERE c.document_id = d.id) != ?"
        " OR (SELECT count(*) FROM document_entities e WHERE e.document_id = d.id) = 0"
        " OR (SELECT count(*) FROM events e WHERE e.document_id = d.id) = 0",
        (PARAGRAPHS, PARAGRAPHS),
    ).fetchall()
    assert incomplete == []
    events_at_kill = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    conn.close()

    rerun = subprocess.run(ingest_command(folder, db), capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{DOCUMENTS - stored_at_kill} new, {stored_at_kill} unchanged, 0 failed" in rerun.stdout
    assert count(db, "documents") == DOCUMENTS
    assert count(db, "citations") == DOCUMENTS * PARAGRAPHS
    assert count(db, "events") > events_at_kill
    conn = sqlite3.connect(db)
    iran = conn.execute(
        "SELECT count(DISTINCT e.id), count(DISTINCT de.document_id) FROM entities e"
        " JOIN document_entities de ON de.entity_id = e.id WHERE e.key = 'state:IRN'"
    ).fetchone()
    conn.close()
    assert iran == (1, DOCUMENTS)  # one row for Iran, named by every document, killed run or not
