"""Backups of a live store and their restore, with SQLite's online backup API.

A backup is one consistent snapshot: the whole copy is made in a single backup step, inside one read
transaction, so an ingest writing meanwhile (WAL mode) neither blocks it nor shows up half in it. The
copy is written beside its destination, checked, then renamed into place. A restore copies a checked
backup into the store through SQLite too (never a file copy over a live database and its WAL), and
refuses to replace a store holding work the backup lacks unless forced.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from watchfloor.errors import StoreError
from watchfloor.store.check import check_store
from watchfloor.store.sqlite import SQLiteStore

# progress(pages copied, pages in all)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Copied:
    path: Path  # the file written: the backup, or the restored store
    documents: int
    latest: str | None  # the newest document's ingested_at in it


def backup_store(db: Path, dest: Path, force: bool = False, progress: Progress | None = None) -> Copied:
    """Copy the live store at `db` to `dest` (a file, or a folder to put a dated file in)."""
    if not db.is_file():
        raise StoreError(f"{db}: no store here (point --db at one)")
    if dest.is_dir():
        dest = dest / f"{db.stem}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.db"
    if dest.exists() and not force:
        raise StoreError(f"{dest}: already exists; choose another name, or pass --force to replace it")
    if dest.resolve() == db.resolve():
        raise StoreError(f"{dest}: is the store itself; back it up somewhere else")
    SQLiteStore(db).close()  # an older schema is migrated first, so the backup is current
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    _copy(_read_only(db), sqlite3.connect(partial), progress)
    _single_file(partial)
    problems = check_store(partial)
    if problems:
        partial.unlink()
        raise StoreError(f"{dest}: the copy failed its check ({problems[0].table}: {problems[0].message})")
    os.replace(partial, dest)
    return Copied(dest, *_summary(dest))


def restore_store(backup: Path, db: Path, force: bool = False, progress: Progress | None = None) -> Copied:
    """Bring the store at `db` back to `backup`; refused when `db` holds documents the backup lacks
    or newer than its newest (unless `force`), or when the backup fails its check."""
    if not backup.is_file():
        raise StoreError(f"{backup}: no backup here")
    problems = check_store(backup)
    if problems:
        first = problems[0]
        raise StoreError(f"{backup}: not a sound backup ({first.table}: {first.message}); nothing restored")
    if db.exists() and db.resolve() == backup.resolve():
        raise StoreError(f"{backup}: is the store itself; nothing to restore")
    if db.is_file() and not force:
        refusal = _newer(db, backup)
        if refusal:
            raise StoreError(f"{db}: {refusal}; pass --force to overwrite it with {backup}")
    db.parent.mkdir(parents=True, exist_ok=True)
    _copy(_read_only(backup), sqlite3.connect(db, timeout=30.0), progress)
    SQLiteStore(db).close()  # a backup from an older Watchfloor is migrated now
    return Copied(db, *_summary(db))


def _single_file(path: Path) -> None:
    """The copy as one self-contained file (rollback journal, not WAL); opening it as a store turns
    WAL back on."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, timeout=30.0)


def _copy(source: sqlite3.Connection, target: sqlite3.Connection, progress: Progress | None) -> None:
    """The whole of `source` into `target` in one step: one snapshot, one write on the target."""
    try:
        total = int(source.execute("PRAGMA page_count").fetchone()[0])
        if progress:
            progress(0, total)

        def report(status: int, remaining: int, pages: int) -> None:
            if progress:
                progress(pages - remaining, pages)

        source.backup(target, pages=-1, progress=report)
    except sqlite3.Error as exc:
        raise StoreError(f"copy failed ({exc}); nothing was replaced") from None
    finally:
        target.close()
        source.close()


def _summary(path: Path) -> tuple[int, str | None]:
    conn = _read_only(path)
    try:
        count, latest = conn.execute("SELECT count(*), max(ingested_at) FROM documents").fetchone()
        return int(count), latest
    finally:
        conn.close()


def _newer(db: Path, backup: Path) -> str | None:
    """Why the store at `db` must not be replaced by `backup`: documents only it holds, or a newer
    latest document; None when the backup holds everything it does."""
    conn = _read_only(db)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" not in tables:
            return None  # an empty or foreign file: nothing of Watchfloor's is lost
        conn.execute("ATTACH DATABASE ? AS backup", (f"file:{backup.resolve()}?mode=ro",))
        missing = int(
            conn.execute(
                "SELECT count(*) FROM main.documents WHERE key NOT IN (SELECT key FROM backup.documents)"
            ).fetchone()[0]
        )
        latest, backup_latest = conn.execute(
            "SELECT (SELECT max(ingested_at) FROM main.documents),"
            " (SELECT max(ingested_at) FROM backup.documents)"
        ).fetchone()
    except sqlite3.Error as exc:
        raise StoreError(f"{db}: cannot be compared with {backup} ({exc})") from None
    finally:
        conn.close()
    if missing:
        return f"is newer than the backup: it holds {missing} documents the backup does not"
    if latest and (backup_latest is None or latest > backup_latest):
        return f"is newer than the backup: its latest document is from {latest}, the backup's {backup_latest}"
    return None
