"""Reports written for these tests, ingested with the real extraction into real SQLite stores."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.ingest import Ingester
from watchfloor.settings import Settings
from watchfloor.store import open_store

Ingest = Callable[..., dict[str, int]]


def _report(published: str, outlet: str, *paragraphs: str) -> str:
    """A short report: front matter (date, outlet), a heading, then its paragraphs."""
    body = "\n\n".join(paragraphs)
    return f"---\npublished: {published}\nsource: {outlet}\n---\nDesk Update\n\n{body}\n"


@pytest.fixture
def report() -> Callable[..., str]:
    return _report


@pytest.fixture
def ingest() -> Ingest:
    return _ingest_files


def _ingest_files(db: Path | str, *files: Path) -> dict[str, int]:
    """Ingest the files in this order; return each file's name -> document id."""
    ids: dict[str, int] = {}
    with open_store(db) as store:
        for result in Ingester(store, Settings()).run(str(f) for f in files):
            for outcome in result.outcomes:
                assert outcome.status != "failed", outcome.message
                assert outcome.document_id is not None
                ids[Path(outcome.source).name] = outcome.document_id
    return ids


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    folder = tmp_path / "reports"
    folder.mkdir()

    def make(name: str, text: str) -> Path:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    return make
