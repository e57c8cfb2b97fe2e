"""Versioned schema of the PostgreSQL store: `data/postgres/NNNN_*.sql`, applied in order.

`watchfloor_schema` holds the number of migrations applied. Each runs in its own transaction
under an advisory lock, so two processes opening a new database do not collide.
"""

from __future__ import annotations

from importlib import resources

from watchfloor.store.migrations import newer_schema
from watchfloor.store.pg_connection import PgConnection

MIGRATION_LOCK = 0x5747


def migrations() -> list[str]:
    """The migration scripts, oldest first."""
    folder = resources.files("watchfloor") / "data" / "postgres"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(folder / name).read_text(encoding="utf-8") for name in names]


def schema_version(conn: PgConnection) -> int:
    exists = conn.raw.execute("SELECT to_regclass('watchfloor_schema') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.raw.execute("SELECT version FROM watchfloor_schema").fetchone()
    return 0 if row is None else int(row[0])


def migrate(conn: PgConnection, label: str) -> None:
    """Bring the database up to the newest schema; refuse one newer than this code."""
    scripts = migrations()
    raw = conn.raw
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        raw.execute("CREATE TABLE IF NOT EXISTS watchfloor_schema (version INTEGER NOT NULL)")
        if raw.execute("SELECT 1 FROM watchfloor_schema").fetchone() is None:
            raw.execute("INSERT INTO watchfloor_schema (version) VALUES (0)")
    while True:
        with raw.transaction():
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            current = schema_version(conn)
            if current > len(scripts):
                raise newer_schema(label, current, len(scripts))
            if current == len(scripts):
                return
            raw.execute(scripts[current].encode())
            raw.execute("UPDATE watchfloor_schema SET version = %s", (current + 1,))
