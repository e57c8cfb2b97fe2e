"""SQLite and PostgreSQL hold the same thing: two ingests writing one PostgreSQL store at once lose
and duplicate nothing, and a document's extraction record reads the same from either backend."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from subprocess import PIPE

import pytest
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.store import open_store
from watchfloor.store.queries import StoreQueries

TABLES = ("documents", "passages", "citations", "entities", "entity_aliases", "places", "events", "mentions")
runner = CliRunner()


def write_reports(folder: Path, numbers: range) -> None:
    folder.mkdir()
    for n in numbers:
        (folder / f"report-{n:03d}.txt").write_text(
            f"Desk Update, March {1 + n % 28}, 2024\n\n"
            f"Iran delivered {n + 2} drones to Russia in Moscow on March {1 + n % 28}.[1] Officials in "
            f"Tehran called report {n} routine, and Ukraine condemned the transfer.[2]\n\n"
            f"Belarus signed a trade agreement with Iran in Minsk in week {n}.[2]\n\n"
            f"[1] https://example.org/report/{n}/a\n[2] https://example.org/report/{n}/b\n",
            encoding="utf-8",
        )


def ingest_command(folder: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "watchfloor", "ingest", str(folder), "--db", db]


def contents(db: str) -> tuple[dict[str, int], dict[str, object]]:
    """Rows per table, and each document's extraction (as JSON) by its text's key."""
    with open_store(db) as store:
        counts = {t: int(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}
        keys = dict(store.conn.execute("SELECT key, id FROM documents").fetchall())
        extractions = {key: repr(store.get_extraction(int(i))) for key, i in keys.items()}
    return counts, extractions


def test_two_ingests_at_once_into_postgresql_lose_nothing_and_duplicate_nothing(
    tmp_path: Path, pg_url: str
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_reports(first, range(0, 24))
    write_reports(second, range(12, 36))  # half of each batch is the other's too
    env = {**os.environ, "COLUMNS": "120"}
    started = time.monotonic()
    processes = [
        subprocess.Popen(ingest_command(folder, pg_url), stdout=PIPE, stderr=PIPE, text=True, env=env)
        for folder in (first, second)
    ]
    outputs = [p.communicate(timeout=900) for p in processes]
    elapsed = time.monotonic() - started
    assert [p.returncode for p in processes] == [0, 0], outputs
    news = [int(out.split(" new,")[0].split()[-1]) for out, _ in outputs]
    assert sum(news) == 36  # each of the 36 texts was stored by exactly one of the two
    one_by_one = str(tmp_path / "sequential.db")
    for folder in (first, second):
        subprocess.run(ingest_command(folder, one_by_one), check=True, capture_output=True, env=env)
    together, alone = contents(pg_url), contents(one_by_one)
    assert together[0]["documents"] == 36
    assert together == alone
    print(f"\nconcurrent ingest: 2 processes, 48 inputs, 36 documents in {elapsed:.1f} s; rows {together[0]}")


def test_a_document_gives_the_same_extraction_record_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    folder = tmp_path / "in"
    write_reports(folder, range(3))
    records = []
    for db in (str(tmp_path / "w.db"), pg_url):
        assert runner.invoke(app, ["ingest", str(folder), "--db", db]).exit_code == 0
        result = runner.invoke(app, ["extract", "--db-path", db, "--json"])
        assert result.exit_code == 0, result.output
        records.append([json.loads(line) for line in result.output.splitlines()])
    assert records[0] == records[1] and len(records[0]) == 3 and records[0][0]["events"]


def test_an_unreachable_postgresql_url_is_named_without_a_traceback() -> None:
    pytest.importorskip("psycopg")
    for url, problem in [
        ("postgresql://wf:secret@127.0.0.1:1/none", "cannot connect to PostgreSQL"),
        ("postgresql://wf:secret@[::1/none", "not a usable PostgreSQL URL"),
    ]:
        result = runner.invoke(app, ["search", "drone", "--db", url])
        assert result.exit_code == 2 and problem in result.output, result.output
        assert "Traceback" not in result.output and "secret" not in result.output


def test_every_export_is_the_same_from_either_backend(tmp_path: Path, pg_url: str) -> None:
    folder = tmp_path / "in"
    write_reports(folder, range(4))
    stores = (str(tmp_path / "w.db"), pg_url)
    assert runner.invoke(app, ["ingest", str(folder), "--db", stores[0]]).exit_code == 0
    assert runner.invoke(app, ["store", "copy", *stores]).exit_code == 0  # the same ingest times
    for name in ("stix", "ftm", "geojson", "csv", "gexf", "jsonl"):
        made = []
        for i, db in enumerate(stores):
            out = tmp_path / f"{i}.{name}"
            result = runner.invoke(app, ["export", "--format", name, "--db", db, "-o", str(out)])
            assert result.exit_code == 0, result.output
            made.append(out.read_bytes())
        assert made[0] == made[1] and made[0], name


def test_the_sqlite_file_commands_say_what_to_use_on_postgresql(pg_url: str) -> None:
    for command in (["store", "check"], ["store", "backup", "x.db"]):
        result = runner.invoke(app, [*command, "--db", pg_url])
        assert (
            result.exit_code == 2 and "is for SQLite stores" in result.output and "pg_dump" in result.output
        )


def test_the_web_workspaces_reading_connection_refuses_writes(store_location: str) -> None:
    open_store(store_location).close()
    queries = StoreQueries.open(store_location)
    try:
        with pytest.raises(Exception, match=r"read-?only"):
            queries.conn.execute("DELETE FROM documents")
    finally:
        queries.close()
