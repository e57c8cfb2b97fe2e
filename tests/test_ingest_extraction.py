"""Ingest runs the real extraction and stores what it finds, on real SQLite and PostgreSQL: one pipeline,
two uses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.ingest import Ingester, IngestReport, ingest
from watchfloor.layout import analyse_layout
from watchfloor.models import Document, Layout
from watchfloor.nlp.extract import extract_documents
from watchfloor.nlp.types import Extraction
from watchfloor.readers import read_source
from watchfloor.settings import Settings
from watchfloor.store import open_store

# Two short reports written for these tests: numbered notes, one person named in both.
ACCORD = "Belarus signed a drone production agreement with Iran in Minsk on April 29.[1]"
REPORT_A = f"""Desk Note, April 30, 2024

{ACCORD} Arvid Lenko, a trade envoy, attended the ceremony.

Notes

[1] https://example.org/desk/minsk-drone-deal
"""
REPORT_B = """Desk Note, May 6, 2024

Belarusian officials hosted an Iranian delegation in Gomel on May 5.[1] Arvid Lenko led the talks, and \
Lenko later praised the outcome.[2]

Notes

[1] https://example.org/desk/gomel-visit
[2] https://example.org/desk/lenko-remarks
"""

runner = CliRunner()


class CountingExtractor:
    """`extract_documents`, counting the documents it is asked to extract and the batches."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.batches: list[int] = []
        self.fail_on = fail_on

    @property
    def documents(self) -> int:
        return sum(self.batches)

    def __call__(self, items: list[tuple[Document, Layout]], n_process: int) -> Iterator[Extraction]:
        self.batches.append(len(items))
        for (document, _), extraction in zip(items, extract_documents(items, n_process), strict=True):
            if self.fail_on and self.fail_on in document.text:
                raise RuntimeError("the extractor tripped")
            yield extraction


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return folder


def run_ingest(folder: Path, db: Path | str, extractor: CountingExtractor, **options: int) -> IngestReport:
    sources = sorted(str(p) for p in folder.iterdir())
    with open_store(db) as store:
        ingester = Ingester(store, Settings(), extractor=extractor, **options)
        return IngestReport([o for result in ingester.run(sources) for o in result.outcomes])


def query(db: Path | str, sql: str, *params: object) -> list[tuple[object, ...]]:
    with open_store(db) as store:
        return [tuple(row) for row in store.conn.execute(sql, params).fetchall()]


def test_ingest_stores_events_with_their_sentence_note_and_url(reports: Path, store_location: str) -> None:
    db = store_location
    report = run_ingest(reports, db, CountingExtractor())
    assert report.counts["new"] == 2 and report.counts["extracted"] == 2
    text = (reports / "a.txt").read_text()
    start = text.index(ACCORD)
    rows = query(
        db,
        "SELECT e.type, e.actor_country, e.recipient_country, e.date, e.place, c.marker, c.url, e.actor_id,"
        " e.place_id FROM events e JOIN documents d ON d.id = e.document_id"
        " JOIN event_citations c ON c.event_id = e.id"
        " WHERE d.name = 'a.txt' AND e.start <= ? AND e.end >= ?",
        start,
        start + len(ACCORD),
    )
    assert rows, "the accord sentence yields an event"
    assert ("1", "https://example.org/desk/minsk-drone-deal") in {(r[5], r[6]) for r in rows}
    agree = [r for r in rows if r[0] == "AGREE"]
    assert agree and agree[0][1:5] == ("BLR", "IRN", "2024-04-29", "Minsk")
    assert agree[0][7] is not None and agree[0][8] is not None  # linked to the entity and place rows
    places = query(db, "SELECT name, kind, country FROM places ORDER BY name")
    assert ("Minsk", "city", "BLR") in places
    assert query(db, "SELECT count(*) FROM documents WHERE extracted_at IS NULL") == [(0,)]


def test_reingest_extracts_nothing_and_duplicates_nothing(reports: Path, store_location: str) -> None:
    db = store_location
    first = CountingExtractor()
    run_ingest(reports, db, first)
    assert first.documents == 2
    tables = ["entities", "entity_aliases", "mentions", "places", "events", "event_citations"]
    before = {t: query(db, f"SELECT count(*) FROM {t}") for t in tables}
    again = CountingExtractor()
    report = run_ingest(reports, db, again)
    assert again.documents == 0  # the key is checked before any NLP runs
    assert report.counts["unchanged"] == 2 and report.counts["extracted"] == 0
    assert {t: query(db, f"SELECT count(*) FROM {t}") for t in tables} == before


def test_the_same_entity_in_two_documents_is_one_row_with_both_aliases(
    reports: Path, store_location: str
) -> None:
    db = store_location
    run_ingest(reports, db, CountingExtractor())

    def entity(key: str) -> tuple[int, set[str], int]:
        rows = query(db, "SELECT id FROM entities WHERE key = ?", key)
        assert len(rows) == 1, key
        entity_id = rows[0][0]
        aliases = {r[0] for r in query(db, "SELECT alias FROM entity_aliases WHERE entity_id = ?", entity_id)}
        documents = query(
            db, "SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = ?", entity_id
        )
        return int(str(entity_id)), aliases, int(str(documents[0][0]))

    _, aliases, documents = entity("state:BLR")
    assert {"Belarus", "Belarusian"} <= aliases and documents == 2
    _, aliases, documents = entity("PERSON:arvid lenko")
    assert aliases == {"Arvid Lenko", "Lenko"} and documents == 2


def test_extraction_runs_in_batches_and_a_failure_stays_with_its_document(
    tmp_path: Path, store_location: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"r{n}.txt").write_text(REPORT_A.replace("April 29", f"April {20 + n}"), encoding="utf-8")
    (folder / "r1.txt").write_text(REPORT_A.replace("Arvid Lenko", "POISON Lenko"), encoding="utf-8")
    extractor = CountingExtractor(fail_on="POISON")
    report = run_ingest(folder, store_location, extractor, batch_documents=2)
    # a whole batch, not one document at a time; then the failed one alone, then the last batch
    assert extractor.batches == [2, 1, 1]
    assert [o.status for o in report.outcomes] == ["new", "failed", "new"]
    assert "extraction failed" in (report.outcomes[1].message or "")
    assert query(store_location, "SELECT name FROM documents ORDER BY name") == [("r0.txt",), ("r2.txt",)]


def test_a_document_stored_without_extraction_is_extracted_when_ingested_again(
    reports: Path, store_location: str
) -> None:
    db = store_location
    sources = [str(reports / "a.txt"), str(reports / "b.txt")]
    with open_store(db) as store:
        for source in sources:  # as a version-1 ingest left them: text and layout, no extraction
            document = read_source(source, Settings())[0]
            store.add_document(document, analyse_layout(document.text))
    unextracted = runner.invoke(app, ["extract", "--db-path", str(db), "--json"])
    assert unextracted.exit_code == 1 and "a.txt: stored before extraction existed" in unextracted.output
    result = runner.invoke(app, ["ingest", *sources, "--db", str(db)])
    assert "0 new, 2 unchanged, 0 failed; 2 stored earlier, now extracted" in result.output
    assert runner.invoke(app, ["extract", "--db-path", str(db), "--json"]).exit_code == 0
    with open_store(db) as store:
        extraction = store.get_extraction(1)
        assert extraction is not None and extraction.events
        again = list(ingest(sources, store, Settings()))
        assert [(o.status, o.extracted) for o in again] == [("unchanged", False)] * 2


def test_extract_from_the_store_prints_what_extract_prints_on_the_file(
    reports: Path, store_location: str
) -> None:
    db = store_location
    files = [str(reports / "a.txt"), str(reports / "b.txt")]
    ingested = runner.invoke(app, ["ingest", *files, "--db", str(db), "--workers", "2"])
    assert ingested.exit_code == 0, ingested.output
    direct = runner.invoke(app, ["extract", *files, "--json"])
    from_path = runner.invoke(app, ["extract", "--db-path", str(db), "--json"])
    from_env = runner.invoke(app, ["extract", "--db", "--json"], env={"WATCHFLOOR_DB": str(db)})
    assert direct.exit_code == from_path.exit_code == from_env.exit_code == 0, from_env.output
    records = [json.loads(line) for line in direct.output.splitlines()]
    assert [r["doc"]["id"] for r in records] == ["a.txt", "b.txt"] and records[0]["events"]
    assert [json.loads(line) for line in from_path.output.splitlines()] == records
    assert from_env.output == from_path.output


def test_extract_explains_how_it_is_called(tmp_path: Path) -> None:
    bare = runner.invoke(app, ["extract"])
    assert bare.exit_code == 2 and "give the PATHs to extract, or --db" in bare.output
    both = runner.invoke(app, ["extract", "--db", str(tmp_path / "w.db")])
    assert both.exit_code == 2 and "--db-path" in both.output
    missing = runner.invoke(app, ["extract", "--db-path", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store here" in missing.output
