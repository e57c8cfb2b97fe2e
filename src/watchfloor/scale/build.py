"""`watchfloor bench --scale N`: build a synthetic store of N passages (in minutes: bulk inserts in
large transactions, no NLP), or grow one by a number of documents."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchfloor.scale.bulk import BulkWriter
from watchfloor.scale.synthetic import World, generate
from watchfloor.store import open_store

BATCH = 500  # documents per transaction
PASSAGES_PER_DOCUMENT = 24  # what the generator gives on average (8 paragraphs, 16 sentences)

Progress = Callable[[int, int], None]  # (documents written, passages written)


@dataclass(frozen=True)
class BuildResult:
    documents: int
    passages: int
    events: int
    seconds: float


def bulk_connection(path: Path | str) -> sqlite3.Connection:
    """A connection for loading: migrated schema, no fsync, a large page cache."""
    open_store(path).close()  # creates and migrates
    conn = sqlite3.connect(str(path), isolation_level=None)
    for pragma in ("synchronous = OFF", "cache_size = -400000", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def build_store(
    path: Path | str,
    passages: int | None = None,
    documents: int | None = None,
    span: int | None = None,
    seed: int = 7,
    progress: Progress | None = None,
) -> BuildResult:
    """Add synthetic documents to the store at `path` until it holds `passages` passages or
    `documents` more documents. `span` is how many documents cover the archive's years (default:
    this build's, so its dates spread over all of them)."""
    if passages is None and documents is None:
        raise ValueError("give passages or documents")
    started = time.perf_counter()
    conn = bulk_connection(path)
    try:
        first = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        held = int(conn.execute("SELECT count(*) FROM passages").fetchone()[0])
        wanted = documents if documents is not None else -(-(passages or 0) // PASSAGES_PER_DOCUMENT)
        world = World(entities=max(1000, (first + wanted) // 5))
        writer = BulkWriter(conn, world, seed)
        written = count = 0
        while (documents is not None and count < documents) or (
            documents is None and held + written < (passages or 0)
        ):
            batch = BATCH if documents is None else min(BATCH, documents - count)
            made = generate(world, first + count, batch, span or first + wanted, seed)
            written += writer.write(made)
            count += batch
            if progress is not None:
                progress(count, written)
        writer.finish()
        conn.execute("ANALYZE")
        events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        conn.close()
    return BuildResult(first + count, held + written, events, time.perf_counter() - started)
