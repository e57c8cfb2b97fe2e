"""The built-in demo: the shipped corpus, a fresh database for it, and what to show afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from watchfloor.readers import expand_sources
from watchfloor.store import SearchFilters, SearchHit, StoreStats, open_store

SAMPLE_QUERY = "drone"
TOP_EVENT_TYPES = 5


def demo_corpus_dir() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "demo"))


def prepare_demo(db_path: Path) -> list[str]:
    """Remove any earlier demo database (and its WAL files); return the corpus sources to ingest."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return demo_sources()


def demo_sources() -> list[str]:
    """The corpus files (not its README or build script), in name order."""
    return [
        s for s in expand_sources([str(demo_corpus_dir())]) if not Path(s).name.startswith(("_", "README"))
    ]


@dataclass(frozen=True)
class DemoSummary:
    stats: StoreStats
    sample_query: str
    sample_hits: list[SearchHit]
    top_event_types: list[tuple[str, int]]  # (PLOVER type, events), most frequent first


def summarise_demo(db_path: Path) -> DemoSummary:
    with open_store(db_path) as store:
        hits = store.search(SAMPLE_QUERY, SearchFilters(limit=3))
        top = store.event_type_counts()[:TOP_EVENT_TYPES]
        return DemoSummary(store.stats(), SAMPLE_QUERY, hits, top)
