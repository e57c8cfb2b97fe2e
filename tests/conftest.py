"""Shared fixtures: the real seed reports (skipped cleanly when ../shared is absent)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from watchfloor.models import Document, Layout, Passage
from watchfloor.nlp.types import Entity, Event, Extraction, Place
from watchfloor.store import open_store
from watchfloor.store.sqlite import SQLiteStore

from .pg_server import PgServer, find_binaries

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds is not here")
    return SEEDS


@pytest.fixture
def seed(seeds_dir: Path):  # type: ignore[no-untyped-def]
    """seed("001") -> the path of the seed whose name starts with that prefix."""

    def find(prefix: str) -> Path:
        matches = sorted(seeds_dir.glob(f"{prefix}*"))
        if not matches:
            pytest.skip(f"no seed named {prefix}*")
        return matches[0]

    return find


@pytest.fixture
def eval_dir() -> Path:
    if not (EVAL / "score.py").is_file():
        pytest.skip("../shared/eval is not here")
    return EVAL


StoreReport = Callable[..., list[int]]


def _store_report(
    store: SQLiteStore,
    events: list[Event],
    *,
    entities: Sequence[Entity] = (),
    places: Sequence[Place] = (),
    published: str = "2024-05-02",
    outlet: str | None = None,
    title: str = "Desk Note",
) -> list[int]:
    """Store a report written from `events` (one paragraph per distinct sentence, each event's span
    set to its sentence) with this extraction as given, without running the NLP; the events' ids."""
    sentences = list(dict.fromkeys(e.text for e in events))
    text = "\n\n".join([f"{title} ({published})", *sentences]) + "\n"
    passages = [Passage("paragraph", 0, text.index("\n"))]
    spans: dict[str, tuple[int, int]] = {}
    for sentence in sentences:
        start = text.index(sentence)
        spans[sentence] = (start, start + len(sentence))
        passages += [Passage("paragraph", *spans[sentence]), Passage("sentence", *spans[sentence])]
    placed = [replace(e, start=spans[e.text][0], end=spans[e.text][1]) for e in events]
    document = Document(
        text=text, source=f"/crafted/{title}-{published}.txt", name=f"{title}.txt", format="text",
        title=title, published=published, outlet=outlet,
    )  # fmt: skip
    added = store.add_document(
        document, Layout(len(text), [], passages), Extraction(list(entities), list(places), placed)
    )
    rows = store.conn.execute(
        "SELECT id FROM events WHERE document_id = ? ORDER BY position", (added.document_id,)
    )
    return [int(r[0]) for r in rows]


@pytest.fixture(scope="session")
def store_report() -> StoreReport:
    """store_report(store, events, entities=..., places=..., published=..., outlet=..., title=...):
    a report with a hand-made extraction (confidences and parties chosen by the test), stored as
    ingest stores one; returns the events' ids in order."""
    return _store_report


# -- both backends -----------------------------------------------------------------------------
# A test that takes `store_location` runs twice: on a SQLite file and on a fresh PostgreSQL
# database of the session's throwaway server (tests/pg_server.py). Without PostgreSQL's binaries
# the PostgreSQL runs skip, saying so.
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (no initdb/pg_ctl): .ci/run installs Debian's postgresql")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e .)")
    server = PgServer.start(binaries)
    try:
        template = server.new_database()
        open_store(template).close()  # migrated once; each test's database is a copy
        server.template = template.rsplit("/", 1)[1]
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, migrated PostgreSQL database of its own."""
    return pg_server.new_database(pg_server.template)


@pytest.fixture(params=BACKENDS)
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store lives: a SQLite file, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "w.db")
    return str(request.getfixturevalue("pg_url"))
