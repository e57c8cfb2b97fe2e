"""Extractions in the SQLite store, with hand-made extractions (the real pipeline is exercised in
tests/test_ingest_extraction.py): canonical entities and places, provenance, atomicity, migration."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from watchfloor.models import Citation, Document, Layout, Passage
from watchfloor.nlp.types import Entity, Event, Extraction, Place
from watchfloor.store import DocumentStatus, open_store
from watchfloor.store.db import integrity_errors
from watchfloor.store.migrations import MIGRATIONS, _statements

SENTENCE = "Minsk and Tehran signed a drone accord on May 1.[4][5]"


def report(name: str, line: str = SENTENCE) -> tuple[Document, Layout]:
    text = f"Desk Note, May 2, 2024\n\n{line}\n\n[4] https://example.org/a https://example.org/b\n[5] x"
    start, end = text.index(line), text.index(line) + len(line)
    citations = [
        Citation("4", "https://example.org/a", "https://example.org/a"),
        Citation("4", "https://example.org/b", "https://example.org/b"),
    ]
    passages = [Passage("paragraph", start, end), Passage("sentence", start, end, markers=("4", "5"))]
    document = Document(text=text, source=f"/in/{name}", name=name, format="text", published="2024-05-02")
    return document, Layout(body_end=text.index("[4] https"), citations=citations, passages=passages)


def person(name: str, *mentions: str, title: str | None = None, country: str | None = None) -> Entity:
    return Entity(key=f"person:{name.lower()}", name=name, type="PERSON", country=country, title=title,
                  mentions=list(mentions))  # fmt: skip


def state(name: str, iso3: str, *mentions: str) -> Entity:
    return Entity(key=f"state:{iso3}", name=name, type="GPE", country=iso3, mentions=list(mentions),
                  kb_key=f"state:{iso3}")  # fmt: skip


def event(start: int, end: int, actor: str = "Belarus", **changes: object) -> Event:
    values: dict[str, object] = dict(
        type="AGREE", mode=None, actor=actor, actor_country="BLR", recipient="Iran",
        recipient_country="IRN", date="2024-05-01", place="Minsk", certainty="asserted", source=None,
        text=SENTENCE, start=start, end=end, markers=("4", "5"), trigger="signed",
    )  # fmt: skip
    values.update(changes)
    return Event(**values)  # type: ignore[arg-type]


def extraction_of(layout: Layout, *entities: Entity) -> Extraction:
    sentence = next(p for p in layout.passages if p.kind == "sentence")
    minsk = Place(
        key="625144", name="Minsk", kind="city", lat=53.9, lon=27.57, country="BLR", mentions=["Minsk"]
    )
    return Extraction(
        entities=list(entities),
        places=[minsk],
        events=[event(sentence.start, sentence.end)],
    )


@pytest.fixture
def store(store_location: str):  # type: ignore[no-untyped-def]
    with open_store(store_location) as s:
        yield s


def test_an_extraction_reads_back_exactly_as_it_was_stored(store) -> None:  # type: ignore[no-untyped-def]
    document, layout = report("a.txt")
    made = extraction_of(
        layout,
        state("Belarus", "BLR", "Belarus", "Minsk"),
        person("Arvid Lenko", "Arvid Lenko", "Lenko", title="Envoy"),
    )
    result = store.add_document(document, layout, made)
    assert result.created and result.extracted
    back = store.get_extraction(result.document_id)
    assert back is not None
    assert [(e.name, e.type, e.country, e.title, e.mentions, e.kb_key) for e in back.entities] == [
        (e.name, e.type, e.country, e.title, e.mentions, e.kb_key) for e in made.entities
    ]
    assert back.places == made.places
    assert back.events == made.events
    assert store.document_status(document.key) == DocumentStatus(result.document_id, True)


def test_events_keep_their_sentence_markers_and_every_url_of_their_notes(store) -> None:  # type: ignore[no-untyped-def]
    document, layout = report("a.txt")
    store.add_document(document, layout, extraction_of(layout, state("Belarus", "BLR", "Belarus")))
    rows = store.conn.execute(
        "SELECT e.start, e.end, e.markers, c.marker, c.url, e.actor_id, e.recipient_id, e.place_id"
        " FROM events e JOIN event_citations c ON c.event_id = e.id ORDER BY c.position"
    ).fetchall()
    start = document.text.index(SENTENCE)
    assert [(r[3], r[4]) for r in rows] == [
        ("4", "https://example.org/a"),
        ("4", "https://example.org/b"),
        ("5", None),  # a marker whose note gives no address
    ]
    assert rows[0][:3] == (start, start + len(SENTENCE), json.dumps(["4", "5"]))
    belarus = store.conn.execute("SELECT id FROM entities WHERE key = 'state:BLR'").fetchone()[0]
    minsk = store.conn.execute("SELECT id FROM places WHERE gazetteer_id = '625144'").fetchone()[0]
    assert rows[0][5:] == (belarus, None, minsk)  # "Iran" is not among this document's entities


def test_entities_and_places_are_one_row_across_documents_with_aliases_accumulated(store) -> None:  # type: ignore[no-untyped-def]
    first, first_layout = report("a.txt")
    second, second_layout = report("b.txt", line="Lenko and Minsk signed a drone accord on May 1.[4][5]")
    store.add_document(
        first,
        first_layout,
        extraction_of(first_layout, state("Belarus", "BLR", "Belarus"), person("Arvid Lenko", "Arvid Lenko")),
    )
    store.add_document(
        second,
        second_layout,
        extraction_of(
            second_layout,
            state("Belarus", "BLR", "Belarusian", "Minsk"),
            person("Arvid  LENKO", "Arvid LENKO", "Lenko", title="Envoy", country="LVA"),
        ),
    )
    rows = store.conn.execute("SELECT id, key, name, title, country FROM entities ORDER BY id").fetchall()
    assert [r[1] for r in rows] == ["state:BLR", "PERSON:arvid lenko"]
    assert rows[1][2:] == ("Arvid Lenko", "Envoy", "LVA")  # first name kept, missing facts filled in

    def aliases(entity_id: int) -> set[str]:
        found = store.conn.execute("SELECT alias FROM entity_aliases WHERE entity_id = ?", (entity_id,))
        return {r[0] for r in found}

    assert aliases(rows[0][0]) == {"Belarus", "Belarusian", "Minsk"}
    assert aliases(rows[1][0]) == {"Arvid Lenko", "Arvid LENKO", "Lenko"}
    assert store.stats().entities == 2 and store.stats().places == 1 and store.stats().events == 2
    mentioned = store.conn.execute(
        "SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = ?", (rows[1][0],)
    ).fetchone()[0]
    assert mentioned == 2
    # each document still reads back its own view of the entity
    second_id = store.document_status(second.key).document_id
    assert store.get_extraction(second_id).entities[1].name == "Arvid  LENKO"
    assert store.event_type_counts() == [("AGREE", 2)]


def test_a_failure_in_the_extraction_rolls_back_the_whole_document(store) -> None:  # type: ignore[no-untyped-def]
    document, layout = report("a.txt")
    broken = extraction_of(layout, state("Belarus", "BLR", "Belarus"))
    broken.events.append(event(0, 4, type=None))  # violates NOT NULL
    with pytest.raises(integrity_errors()):
        store.add_document(document, layout, broken)
    stats = store.stats()
    assert (stats.documents, stats.passages, stats.citations, stats.entities, stats.events) == (0, 0, 0, 0, 0)


def test_a_stored_text_gets_its_missing_extraction_once(store) -> None:  # type: ignore[no-untyped-def]
    document, layout = report("a.txt")
    bare = store.add_document(document, layout)
    assert bare.created and not bare.extracted
    assert store.get_extraction(bare.document_id) is None
    assert not store.document_status(document.key).extracted
    made = extraction_of(layout, state("Belarus", "BLR", "Belarus"))
    added = store.add_document(document, layout, made)
    assert not added.created and added.extracted and added.document_id == bare.document_id
    again = store.add_document(document, layout, made)
    assert not again.extracted
    assert store.stats().events == 1 and store.stats().entities == 1


def v1_database(path: Path, document: Document, layout: Layout) -> None:
    """A store as Watchfloor wrote it before schema version 2, holding one document."""
    conn = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    cursor = conn.execute(
        "INSERT INTO documents (key, name, source, format, title, published, text, body_end, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (document.key, document.name, document.source, document.format, "Desk Note", document.published,
         document.text, layout.body_end, "2024-05-02T00:00:00+00:00"),
    )  # fmt: skip
    document_id = cursor.lastrowid
    for i, c in enumerate(layout.citations):
        conn.execute(
            "INSERT INTO citations (document_id, position, marker, url, raw, defanged, foreign_domain)"
            " VALUES (?, ?, ?, ?, ?, 0, 0)",
            (document_id, i, c.marker, c.url, c.raw),
        )
    for p in layout.passages:
        passage = conn.execute(
            "INSERT INTO passages (document_id, kind, start, end, markers) VALUES (?, ?, ?, ?, ?)",
            (document_id, p.kind, p.start, p.end, json.dumps(list(p.markers))),
        )
        if p.kind == "paragraph":
            conn.execute(
                "INSERT INTO paragraph_index (text, passage_id) VALUES (?, ?)",
                (document.text[p.start : p.end], passage.lastrowid),
            )
    conn.commit()
    conn.close()


def test_a_version_1_store_migrates_to_version_2_and_keeps_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    document, layout = report("a.txt")
    v1_database(path, document, layout)
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 2
        assert store.document_ids() == [1]
        stored = store.get_document(1)
        assert stored is not None and stored.document.text == document.text
        assert [c.url for c in stored.citations] == ["https://example.org/a", "https://example.org/b"]
        assert [h.document_name for h in store.search("drone accord")] == ["a.txt"]
        assert store.document_status(document.key) == DocumentStatus(1, extracted=False)
        assert store.get_extraction(1) is None
        assert not store.add_document(document, layout).created  # still one document
        indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_type_date", "events_date", "events_dyad", "mentions_entity"} <= indexes
