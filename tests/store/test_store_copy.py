"""`watchfloor store copy`: a whole store from SQLite to PostgreSQL and back, rows and ids kept,
counts shown, and a copy cut short resumes where it stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.errors import StoreError
from watchfloor.ingest import Ingester
from watchfloor.settings import Settings
from watchfloor.store import copy as store_copy
from watchfloor.store import open_store
from watchfloor.store.copy import TABLES, copy_store

from .test_two_backends import write_reports

runner = CliRunner()


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with documents, extractions, corroboration and a user."""
    folder = tmp_path_factory.mktemp("copy") / "reports"
    write_reports(folder, range(8))
    db = str(folder.parent / "source.db")
    with open_store(db) as store:
        for _ in Ingester(store, Settings()).run(str(p) for p in sorted(folder.iterdir())):
            pass
    assert runner.invoke(app, ["users", "add", "ana", "--role", "admin", "--password-stdin", "--db", db],
                         input="correct horse battery\n").exit_code == 0  # fmt: skip
    return db


def snapshot(db: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in key order (the full-text index by passage)."""
    with open_store(db) as store:
        found = {}
        for table, order in TABLES:
            columns = sorted(store_copy.columns(store.conn, table))  # one order on both backends
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = store.conn.execute(f"SELECT {listed} FROM {table} ORDER BY {order}").fetchall()
            found[table] = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows]
        return found


def date_counts(db: str) -> list[tuple[object, ...]]:
    """The timeline's kept counts of events per type and date (those not fallen to 0)."""
    with open_store(db) as store:
        sql = "SELECT type, date, events FROM event_date_counts WHERE events != 0 ORDER BY type, date"
        return [tuple(r) for r in store.conn.execute(sql).fetchall()]


def counted(db: str) -> list[tuple[object, ...]]:
    """The same counts made from the events themselves."""
    with open_store(db) as store:
        sql = (
            "SELECT type, date, count(*) FROM events WHERE date IS NOT NULL"
            " GROUP BY type, date ORDER BY type, date"
        )
        return [tuple(r) for r in store.conn.execute(sql).fetchall()]


def test_a_store_goes_to_postgresql_and_back_unchanged(
    sqlite_store: str, pg_url: str, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["store", "copy", sqlite_store, pg_url])
    assert result.exit_code == 0, result.output
    assert "differs" not in result.output and "documents" in result.output
    back = str(tmp_path / "back.db")
    assert runner.invoke(app, ["store", "copy", pg_url, back]).exit_code == 0
    original, there, returned = snapshot(sqlite_store), snapshot(pg_url), snapshot(back)
    assert original["documents"] and original["events"] and original["users"]
    assert returned == original
    assert {t: len(r) for t, r in there.items()} == {t: len(r) for t, r in original.items()}
    # The events' counts per type and date are rebuilt by each destination's triggers as events arrive.
    assert date_counts(sqlite_store) and date_counts(pg_url) == date_counts(sqlite_store) == date_counts(back)
    with open_store(pg_url) as store:  # the copy is a working store: search, and new ids follow the copied
        assert store.search("drones")
        next_id = store.conn.execute(
            "INSERT INTO audit_log (at, method, path, status) VALUES ('x', 'GET', '/', 200)"
        ).lastrowid
        assert next_id is not None and next_id > max(r[0] for r in original["audit_log"] or [(0,)])


def test_a_copy_cut_short_resumes_and_ends_with_the_same_counts(sqlite_store: str, pg_url: str) -> None:
    seen: list[str] = []

    def stop_in_passages(table: str, rows: int, total: int) -> None:
        seen.append(table)
        if table == "passages" and seen.count("passages") == 3:
            raise KeyboardInterrupt  # as a kill would, between two batches

    with pytest.raises(KeyboardInterrupt):
        copy_store(sqlite_store, pg_url, stop_in_passages, batch=5)
    with open_store(pg_url) as store:
        partial = int(store.conn.execute("SELECT count(*) FROM passages").fetchone()[0])
    assert 0 < partial < 40 and partial % 5 == 0
    counts = copy_store(sqlite_store, pg_url)
    assert all(c.source == c.destination for c in counts if c.table != "secrets")
    assert snapshot(pg_url)["passages"] == snapshot(sqlite_store)["passages"]


def passages(db: str) -> int:
    with open_store(db) as store:
        return int(store.conn.execute("SELECT count(*) FROM passages").fetchone()[0])


def test_a_killed_copy_process_resumes(sqlite_store: str, pg_url: str) -> None:
    import psycopg

    # Inserts into the full-text table wait on this lock, so the copy is killed while it waits
    # there: its first tables copied, the rest not begun.
    blocker = psycopg.connect(pg_url)
    blocker.execute("LOCK TABLE paragraph_index IN SHARE MODE")
    command = [sys.executable, "-m", "watchfloor", "store", "copy", sqlite_store, pg_url, "--batch", "1"]
    quiet = subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=quiet, stderr=quiet, env={**os.environ})
    total = passages(sqlite_store)
    deadline = time.monotonic() + 120
    while passages(pg_url) < total and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    blocker.rollback()
    blocker.close()
    cut = snapshot(pg_url)
    assert len(cut["passages"]) == total and cut["paragraph_index"] == [] and cut["events"] == []
    result = runner.invoke(app, ["store", "copy", sqlite_store, pg_url])
    assert result.exit_code == 0 and "differs" not in result.output, result.output
    assert snapshot(pg_url) == snapshot(sqlite_store)
    assert date_counts(pg_url) == date_counts(sqlite_store)


def test_postgresql_keeps_the_event_counts_as_sqlite_does(
    sqlite_store: str, pg_url: str, tmp_path: Path
) -> None:
    assert runner.invoke(app, ["store", "copy", sqlite_store, pg_url]).exit_code == 0
    local = str(tmp_path / "local.db")
    assert runner.invoke(app, ["store", "copy", sqlite_store, local]).exit_code == 0
    for db in (pg_url, local):  # the same changes on both backends: a date moved, one cleared, a type
        with open_store(db) as store:  # changed, an undated event dated, one deleted
            conn = store.conn
            ids = [r[0] for r in conn.execute("SELECT id FROM events WHERE date IS NOT NULL ORDER BY id")]
            undated = [r[0] for r in conn.execute("SELECT id FROM events WHERE date IS NULL ORDER BY id")]
            conn.execute("UPDATE events SET date = '1999-01-02' WHERE id = ?", (ids[0],))
            conn.execute("UPDATE events SET date = NULL WHERE id = ?", (ids[1],))
            conn.execute("UPDATE events SET type = 'ZZZ' WHERE id = ?", (ids[2],))
            conn.execute("UPDATE events SET confidence = confidence WHERE id = ?", (ids[3],))
            if undated:
                conn.execute("UPDATE events SET date = '1999-01-02' WHERE id = ?", (undated[0],))
            conn.execute("DELETE FROM event_cluster_members WHERE event_id = ?", (ids[-1],))
            conn.execute("DELETE FROM events WHERE id = ?", (ids[-1],))
    assert date_counts(pg_url) == counted(pg_url) == date_counts(local) == counted(local)
    assert any(r[0] == "ZZZ" for r in date_counts(pg_url))


def test_a_destination_holding_another_store_is_refused(sqlite_store: str, tmp_path: Path) -> None:
    other = tmp_path / "other"
    write_reports(other, range(20, 30))
    db = str(tmp_path / "other.db")
    with open_store(db) as store:
        for _ in Ingester(store, Settings()).run(str(p) for p in sorted(other.iterdir())):
            pass
    with pytest.raises(StoreError, match="not a copy of this store"):
        copy_store(sqlite_store, db)
    missing = runner.invoke(app, ["store", "copy", str(tmp_path / "none.db"), db])
    assert missing.exit_code == 2 and "no store here" in missing.output
