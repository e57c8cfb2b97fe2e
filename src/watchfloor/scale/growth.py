"""Cost per document as the store grows (`watchfloor bench --growth`): a synthetic archive is
grown to each size (25 documents a day, as a steady feed), then a few real documents are ingested
into it and each one's ingest is timed: reading, layout, the write, corroboration (near-duplicate
paragraphs, event clusters) and watch matching, everything that could grow with the store. Their
extractions are made beforehand (untimed): extraction depends on the text alone, not the store.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from watchfloor.bench import distinct_copies
from watchfloor.ingest import Ingester
from watchfloor.layout import analyse_layout
from watchfloor.models import Document, Layout
from watchfloor.nlp.extract import extract_documents
from watchfloor.nlp.types import Extraction
from watchfloor.readers import read_source
from watchfloor.scale.build import build_store
from watchfloor.scale.synthetic import DAYS
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.watch import add_watch, list_watches, make_watch

PER_DAY = 25
SIZES = (1_000, 10_000, 100_000)


@dataclass(frozen=True)
class GrowthPoint:
    stored: int  # documents in the store when the timed ingest began
    documents: int  # documents ingested and timed
    median_seconds: float  # per document, the run's start-up left out
    start_seconds: float  # the run's start-up: catching up on anything left uncorroborated
    extraction_seconds: float  # per document, made beforehand (the same at every size)


def _extractions(copies: list[str], settings: Settings) -> tuple[dict[str, Extraction], float]:
    items = [(d, analyse_layout(d.text)) for source in copies for d in read_source(source, settings)]
    started = time.perf_counter()
    made = {d.key: x for (d, _), x in zip(items, extract_documents(items), strict=True)}
    return made, (time.perf_counter() - started) / max(1, len(items))


def _cached(
    made: dict[str, Extraction],
) -> Callable[[list[tuple[Document, Layout]], int], Iterator[Extraction]]:
    def extractor(items: list[tuple[Document, Layout]], workers: int) -> Iterator[Extraction]:
        for document, _ in items:
            yield made[document.key]

    return extractor


def measure_at(db: Path, paths: list[str], tag: str, settings: Settings) -> GrowthPoint:
    """Ingest copies of `paths` into the store at `db`, timing each document."""
    with tempfile.TemporaryDirectory(prefix="watchfloor-growth-") as tmp:
        copies = distinct_copies(paths, 1, Path(tmp), tag=tag)
        made, extraction = _extractions(copies, settings)
        with open_store(db) as store:
            stored = len(store.document_ids())
            if not any(w.name == "growth" for w in list_watches(store.conn)):
                add_watch(store.conn, make_watch("growth", countries=["IRN"]))
            times: list[float] = []
            last = time.perf_counter()
            for _ in Ingester(store, settings, extractor=_cached(made)).run(copies):
                now = time.perf_counter()
                times.append(now - last)
                last = now
    first = times[0] if times else 0.0
    # The first document's time holds the run's start-up; take it out using the others' median.
    median = statistics.median(times[1:]) if len(times) > 1 else first
    return GrowthPoint(stored, len(times), median, max(0.0, first - median), extraction)


def growth(
    paths: list[str],
    db: Path,
    settings: Settings,
    sizes: tuple[int, ...] = SIZES,
    progress: Callable[[str], None] | None = None,
) -> list[GrowthPoint]:
    """Grow the synthetic store at `db` to each size in turn and measure there."""
    points = []
    run = uuid.uuid4().hex[:8]
    for size in sizes:
        with open_store(db) as store:
            held = len(store.document_ids())
        if size > held:
            if progress is not None:
                progress(f"growing the store to {size:,} documents")
            build_store(db, documents=size - held, span=PER_DAY * DAYS)
        if progress is not None:
            progress(f"ingesting at {size:,} documents")
        # a tag of this run's own, so a store grown by an earlier run still ingests (not skips) them
        points.append(measure_at(db, paths, f"Growth {size} {run}", settings))
    return points
