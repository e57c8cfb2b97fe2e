from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from watchfloor.errors import StoreError
from watchfloor.models import Citation, Document, Layout, Passage
from watchfloor.store import open_store
from watchfloor.store.db import integrity_errors
from watchfloor.store.migrations import MIGRATIONS

TEXT = (
    "Daily Note, March 3, 2024\n\n"
    "Ansar Allah fired two anti-ship missiles at a tanker in the Gulf of Aden.[1]\n\n"
    "The US Navy destroyer shot down a drone over the Red Sea.[2]\n\n"
    "[1] https://example.org/a\n[2] https://tass dot ru/b"
)


def make(
    text: str = TEXT, name: str = "note.txt", published: str | None = "2024-03-03", **kw: object
) -> Document:
    return Document(text=text, source=f"/tmp/{name}", name=name, format="text", published=published, **kw)  # type: ignore[arg-type]


def layout_of(text: str) -> Layout:
    """A hand-made layout: every blank-line block before the notes is a paragraph."""
    body_end = text.index("[1] https")
    passages, pos = [], 0
    for block in text[:body_end].split("\n\n"):
        start = text.index(block, pos)
        if block.strip():
            passages.append(Passage("paragraph", start, start + len(block.rstrip())))
            passages.append(Passage("sentence", start, start + len(block.rstrip()), markers=("1",)))
        pos = start + len(block)
    citations = [
        Citation("1", "https://example.org/a", "https://example.org/a"),
        Citation("2", "https://tass.ru/b", "https://tass dot ru/b", defanged=True),
    ]
    return Layout(body_end=body_end, citations=citations, passages=passages)


@pytest.fixture
def store(store_location: str):  # type: ignore[no-untyped-def]
    with open_store(store_location) as s:
        yield s


def test_document_round_trips_with_its_layout(store) -> None:  # type: ignore[no-untyped-def]
    doc = make(authors=["A. Writer"], outlet="Desk")
    result = store.add_document(doc, layout_of(doc.text))
    assert result.created
    stored = store.get_document(result.document_id)
    assert stored.document.text == doc.text
    assert stored.document.authors == ["A. Writer"] and stored.document.outlet == "Desk"
    assert stored.citations[1].url == "https://tass.ru/b" and stored.citations[1].defanged
    first = stored.passages[3]
    assert "[1]" in doc.text[first.start : first.end] and first.markers == ("1",)
    assert stored.body_end == doc.text.index("[1] https")


def test_same_text_is_stored_once(store) -> None:  # type: ignore[no-untyped-def]
    doc = make()
    first = store.add_document(doc, layout_of(doc.text))
    again = store.add_document(make(name="copy.txt"), layout_of(doc.text))
    spaced = make(text=TEXT.replace(" fired ", "  fired\t"), name="spaced.txt")
    third = store.add_document(spaced, layout_of(spaced.text))
    assert not again.created and not third.created
    assert again.document_id == first.document_id == third.document_id
    assert store.stats().documents == 1
    assert store.stats().citations == 2


def test_a_failure_mid_document_leaves_nothing_half_written(store) -> None:  # type: ignore[no-untyped-def]
    doc = make()
    broken = layout_of(doc.text)
    broken.passages.append(Passage("chapter", 0, 4))  # type: ignore[arg-type]  # violates the kind CHECK
    with pytest.raises(integrity_errors()):
        store.add_document(doc, broken)
    assert store.stats().documents == 0 and store.stats().passages == 0 and store.stats().citations == 0
    assert store.add_document(doc, layout_of(doc.text)).created  # and the store still works


def test_store_uses_wal_and_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()
    open_store(path).close()  # reopening migrates nothing and loses nothing


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this Watchfloor"):
        open_store(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite, just words " * 100)
    with pytest.raises(StoreError, match="cannot open as a Watchfloor database"):
        open_store(path)
    assert path.read_text().startswith("this is not sqlite")  # and it was not overwritten
