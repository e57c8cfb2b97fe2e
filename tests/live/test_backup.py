"""`watchfloor store backup / restore / check` on a store a real ingest is writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.store.check import Problem, check_store

from .conftest import LiveIngest, documents_by_key, stored_documents, wait_for_documents, write_reports

REPORTS = 40
runner = CliRunner()


def store(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, ["store", *map(str, args)], env={"COLUMNS": "200"})
    return result.exit_code, result.output


def test_backup_during_an_ingest_restores_every_document_intact(
    tmp_path: Path, live_ingest: LiveIngest
) -> None:
    folder, db = write_reports(tmp_path / "batch", REPORTS), tmp_path / "live.db"
    ingest = live_ingest(folder, db)
    assert wait_for_documents(db, 4, ingest) >= 4
    backup = tmp_path / "backups" / "monday.db"
    backup.parent.mkdir()
    code, output = store("backup", backup, "--db", db)
    assert code == 0, output
    assert ingest.poll() is None, "the backup must be taken while the ingest still writes"
    in_backup = stored_documents(backup)
    assert 4 <= in_backup < REPORTS
    assert f"backed up to {backup}: {in_backup} documents" in output

    restored = tmp_path / "elsewhere" / "restored.db"
    code, output = store("restore", backup, "--db", restored)
    assert code == 0, output
    assert check_store(restored) == []
    assert ingest.wait(timeout=600) == 0
    live, kept = documents_by_key(db), documents_by_key(restored)
    assert len(kept) == in_backup and len(live) == REPORTS
    assert {key: live[key] for key in kept} == kept  # text, title, passages, notes, events: all whole
    assert all(extracted for _text, _title, extracted, *_ in kept.values())

    # The live store now holds documents the backup lacks: not overwritten without --force.
    code, output = store("restore", backup, "--db", db)
    assert code == 2
    assert f"holds {REPORTS - in_backup} documents the backup does not; pass --force" in output
    assert stored_documents(db) == REPORTS
    code, output = store("restore", backup, "--db", db, "--force")
    assert code == 0, output
    assert documents_by_key(db) == kept
    assert check_store(db) == []


def test_check_names_the_table_of_each_problem(tmp_path: Path) -> None:
    db = tmp_path / "small.db"
    write_reports(tmp_path / "two", 2)
    assert runner.invoke(app, ["ingest", str(tmp_path / "two"), "--db", str(db)]).exit_code == 0
    code, output = store("check", "--db", db)
    assert code == 0 and "ok (integrity, foreign keys, full-text index, spans)" in output

    conn = sqlite3.connect(db)
    conn.execute("UPDATE passages SET end = end + 10000 WHERE id IN (1, 2)")
    conn.execute("DELETE FROM passages WHERE id = (SELECT max(id) FROM passages WHERE kind = 'paragraph')")
    conn.execute(
        "INSERT INTO citations (document_id, position, marker, url, raw, defanged, foreign_domain)"
        " VALUES (999, 0, '1', 'https://example.org', 'raw', 0, 0)"
    )
    conn.commit()
    conn.close()
    problems = check_store(db)
    assert Problem("passages", "2 rows have a span outside their document's text") in problems
    assert Problem("citations", "1 rows refer to a documents row that is not stored") in problems
    assert Problem("paragraph_index", "1 indexed paragraphs whose passage is not stored") in problems
    code, output = store("check", "--db", db)
    assert code == 1 and "citations" in output and "paragraph_index" in output


def test_refusals_name_the_file_and_the_problem(tmp_path: Path) -> None:
    db = tmp_path / "small.db"
    write_reports(tmp_path / "one", 1)
    assert runner.invoke(app, ["ingest", str(tmp_path / "one"), "--db", str(db)]).exit_code == 0
    taken = tmp_path / "taken.db"
    assert store("backup", taken, "--db", db)[0] == 0
    code, output = store("backup", taken, "--db", db)
    assert code == 2 and f"{taken}: already exists; choose another name, or pass --force" in output
    assert store("backup", taken, "--db", db, "--force")[0] == 0

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    code, output = store("restore", junk, "--db", tmp_path / "new.db")
    assert code == 2 and f"{junk}: not a sound backup" in output
    assert not (tmp_path / "new.db").exists()
    code, output = store("check", "--db", tmp_path / "missing.db")
    assert code == 2 and "no store here" in output
