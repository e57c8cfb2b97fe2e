"""`watchfloor store copy SRC DST`: a whole store from SQLite to PostgreSQL or back.

Tables are copied parents first, each in its primary key's order, in batches; each batch is one
transaction on the destination. So a killed copy leaves the destination holding a prefix of each
table, and running the same copy again resumes after it (a destination table holding more rows
than the source's is refused: it is not a copy of this source). Ids are kept, so every reference
holds; a PostgreSQL destination's id sequences are moved past the copied ids at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchfloor.errors import StoreError
from watchfloor.store import open_store
from watchfloor.store.db import Connection, dialect, is_url, normalise_location

# Every table, parents before children, with the columns that order it (its primary key).
TABLES: tuple[tuple[str, str], ...] = (
    ("documents", "id"),
    ("citations", "id"),
    ("passages", "id"),
    ("paragraph_index", "passage_id"),
    ("entities", "id"),
    ("entity_aliases", "entity_id, alias"),
    ("document_entities", "document_id, position"),
    ("mentions", "id"),
    ("places", "id"),
    ("document_places", "document_id, position"),
    ("place_mentions", "id"),
    ("events", "id"),
    ("event_citations", "event_id, position"),
    ("paragraph_signatures", "passage_id"),
    ("paragraph_bands", "band, hash, passage_id"),
    ("recycled_passages", "passage_id"),
    ("event_clusters", "id"),
    ("event_cluster_members", "event_id"),
    ("corroborated", "document_id"),
    ("watches", "id"),
    ("alerts", "id"),
    ("brief_profiles", "id"),
    ("editions", "id"),
    ("edition_sources", "edition_id, number"),
    ("subscribers", "id"),
    ("edition_deliveries", "edition_id, subscriber_id"),
    ("secrets", "name"),
    ("users", "id"),
    ("api_tokens", "id"),
    ("sessions", "token_hash"),
    ("audit_log", "id"),
)
BATCH = 2000
Tick = Callable[[str, int, int], None]  # (table, rows just copied, rows in the whole source)


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    destination: int


def columns(conn: Connection, table: str) -> list[str]:
    """The table's stored columns (a PostgreSQL generated column, such as the tsvector, is not)."""
    if dialect(conn) == "sqlite":
        return [str(r[1]) for r in conn.execute(f"PRAGMA table_xinfo({table})") if int(r[6]) == 0]
    rows = conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
        " AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position",
        (table,),
    )
    return [str(r[0]) for r in rows]


def count(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def counts(source: Connection, destination: Connection) -> list[TableCount]:
    """Rows per table on both sides: a finished copy has the same numbers."""
    return [TableCount(t, count(source, t), count(destination, t)) for t, _ in TABLES]


def copy_store(
    source: Path | str, destination: Path | str, tick: Tick | None = None, batch: int = BATCH
) -> list[TableCount]:
    """Copy every row of `source` into `destination` (created and migrated if new), resuming a
    copy that was cut short; returns the per-table counts of both afterwards."""
    if normalise_location(source) == normalise_location(destination):
        raise StoreError(f"{source}: source and destination are the same store")
    if not is_url(source) and not Path(source).is_file():
        raise StoreError(f"{source}: no store here to copy")
    with open_store(source) as src, open_store(destination) as dst:
        plan = [(t, order, count(src.conn, t), count(dst.conn, t)) for t, order in TABLES]
        for table, _, have, copied in plan:
            if table != "secrets" and copied > have:
                raise StoreError(
                    f"{destination}: its {table} table holds {copied} rows, the source's {have}: it is not a"
                    " copy of this store (copy into a new store)"
                )
        total = sum(have for _, _, have, _ in plan)
        for table, order, have, copied in plan:
            start = 0 if table == "secrets" else copied
            _copy_table(src.conn, dst.conn, table, order, range(start, have, batch), _with_total(tick, total))
        if dialect(dst.conn) == "postgresql":
            _advance_sequences(dst.conn)
        return counts(src.conn, dst.conn)


def _with_total(tick: Tick | None, total: int) -> Callable[[str, int], None]:
    return (lambda table, rows: tick(table, rows, total)) if tick is not None else (lambda table, rows: None)


def _copy_table(
    src: Connection,
    dst: Connection,
    table: str,
    order: str,
    offsets: range,
    tick: Callable[[str, int], None],
) -> None:
    """The rows of `table` from `offsets.start` on, `offsets.step` per transaction."""
    names = [c for c in columns(src, table) if c in set(columns(dst, table))]
    listed = ", ".join(f'"{c}"' for c in names)
    select = f"SELECT {listed} FROM {table} ORDER BY {order} LIMIT ? OFFSET ?"
    insert = f"INSERT INTO {table} ({listed}) VALUES ({', '.join('?' * len(names))})"
    if table == "secrets":
        insert += " ON CONFLICT (name) DO UPDATE SET value = excluded.value"
    tick(table, offsets.start)
    for offset in offsets:
        rows = [tuple(r) for r in src.execute(select, (offsets.step, offset)).fetchall()]
        if not rows:
            break
        dst.execute("BEGIN IMMEDIATE")
        try:
            dst.executemany(insert, rows)
            dst.execute("COMMIT")
        except BaseException:
            dst.execute("ROLLBACK")
            raise
        tick(table, len(rows))


def _advance_sequences(conn: Connection) -> None:
    """Each identity column's next value past the largest id copied."""
    for table, order in TABLES:
        if order == "id":
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
