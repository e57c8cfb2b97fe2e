"""Throughput figures printed by `watchfloor bench` (no timing assertions live in tests)."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from watchfloor.ingest import ingest
from watchfloor.readers import expand_sources
from watchfloor.settings import Settings
from watchfloor.store import open_store


@dataclass(frozen=True)
class IngestThroughput:
    documents: int
    words: int
    seconds: float

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def ingest_throughput(paths: list[str], repeat: int, settings: Settings) -> IngestThroughput:
    """Ingest every input `repeat` times into a fresh database, each copy made distinct.

    A copy differs by one line after its first, so each is a new document and the store does the
    full work of writing it; reading, layout and storing are all inside the timed span.
    """
    sources = expand_sources(paths)
    with tempfile.TemporaryDirectory(prefix="watchfloor-bench-") as tmp:
        root = Path(tmp)
        copies = []
        for index, source in enumerate(sources):
            original = Path(source)
            text = original.read_text(encoding="utf-8")
            for copy in range(repeat):
                target = root / f"{index:03d}-{copy:05d}-{original.name}"
                first, _, rest = text.partition("\n")
                target.write_text(f"{first}\nBenchmark copy {copy}.\n{rest}", encoding="utf-8")
                copies.append(str(target))
        store = open_store(root / "bench.db")
        started = time.perf_counter()
        outcomes = list(ingest(copies, store, settings))
        seconds = time.perf_counter() - started
        store.close()
    stored = [o for o in outcomes if o.status == "new"]
    return IngestThroughput(len(stored), sum(o.words for o in stored), seconds)
