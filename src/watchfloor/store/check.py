"""`watchfloor store check`: SQLite's own integrity checks and the store's, problems named by table.

Run on a read-only connection, in one read transaction, so it can check a store an ingest is
writing to. What is checked: the file (`integrity_check`: pages, indexes, constraints), foreign keys,
the full-text index (FTS5 `integrity-check`), and what only this schema knows: every span lies inside
its document's text, every indexed paragraph is a stored paragraph, and the events counted per
type and date are the events.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from watchfloor.errors import StoreError

DATABASE = "(database)"  # a problem SQLite reports without naming a table
# Spans that must lie inside their document's text: table -> SQL counting the rows whose span does not
_SPAN_CHECKS = {
    "passages": "SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id"
    " WHERE p.start < 0 OR p.end < p.start OR p.end > length(d.text)",
    "events": "SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id"
    " WHERE e.start < 0 OR e.end < e.start OR e.end > length(d.text)",
}
_INDEX_CHECKS = {
    "paragraph_index": (
        "SELECT count(*) FROM paragraph_index i LEFT JOIN passages p ON p.id = i.passage_id"
        " WHERE p.id IS NULL",
        "indexed paragraphs whose passage is not stored",
    ),
    "passages": (
        "SELECT count(*) FROM passages p WHERE p.kind = 'paragraph'"
        " AND NOT EXISTS (SELECT 1 FROM paragraph_index i WHERE i.passage_id = p.id)",
        "paragraphs missing from the full-text index",
    ),
    "event_date_counts": (  # the timeline's counts per type and date, against the events themselves
        "SELECT count(*) FROM (SELECT type, date, count(*) AS n FROM events WHERE date IS NOT NULL"
        " GROUP BY 1, 2) t FULL JOIN (SELECT * FROM event_date_counts WHERE events != 0) c"
        " ON c.type = t.type AND c.date = t.date WHERE c.events IS NOT t.n",
        "counts of events per type and date that differ from the events",
    ),
}


@dataclass(frozen=True)
class Problem:
    table: str
    message: str


def check_store(path: Path | str) -> list[Problem]:
    """Every problem found in the store at `path`, each with the table it is in; [] when sound."""
    if not Path(path).is_file():
        raise StoreError(f"{path}: no store here (point --db at one)")
    try:
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, timeout=30.0)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot be opened ({exc})") from None
    try:
        conn.execute("BEGIN")  # one snapshot for every check, whatever an ingest commits meanwhile
        try:
            tables = _tables(conn)
        except sqlite3.DatabaseError as exc:
            return [Problem(DATABASE, f"not a readable SQLite database ({exc})")]
        if "documents" not in tables:
            return [Problem(DATABASE, "not a Watchfloor store (no documents table)")]
        problems = _integrity(conn, tables) + _foreign_keys(conn) + _spans(conn, tables)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return problems + _fts(path, tables)


def _tables(conn: sqlite3.Connection) -> dict[str, str]:
    """Each table's and index's name -> the table it belongs to."""
    rows = conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")
    return {str(name): str(table) for name, table in rows}


def _integrity(conn: sqlite3.Connection, tables: dict[str, str]) -> list[Problem]:
    problems = []
    for (message,) in conn.execute("PRAGMA integrity_check"):
        if message == "ok":
            continue
        names = [n for n in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", str(message)) if n in tables]
        problems.append(Problem(tables[names[0]] if names else DATABASE, str(message)))
    return problems


def _foreign_keys(conn: sqlite3.Connection) -> list[Problem]:
    counts: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        counts[(str(table), str(parent))] = counts.get((str(table), str(parent)), 0) + 1
    return [
        Problem(table, f"{n} rows refer to a {parent} row that is not stored")
        for (table, parent), n in sorted(counts.items())
    ]


def _fts(path: Path | str, tables: dict[str, str]) -> list[Problem]:
    """FTS5's own check. It is spelled as an INSERT, so it needs a connection that may write (it
    writes nothing); in autocommit it waits its turn behind an ingest's transaction."""
    if "paragraph_index" not in tables:
        return [Problem("paragraph_index", "the full-text index is missing")]
    conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    try:
        conn.execute("INSERT INTO paragraph_index (paragraph_index) VALUES ('integrity-check')")
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc):
            return []  # a read-only copy: the checks above are what can be run on it
        return [Problem("paragraph_index", f"full-text index cannot be checked ({exc})")]
    except sqlite3.DatabaseError as exc:
        return [Problem("paragraph_index", f"full-text index does not match its text ({exc})")]
    finally:
        conn.close()
    return []


def _spans(conn: sqlite3.Connection, tables: dict[str, str]) -> list[Problem]:
    problems = []
    for table, sql in _SPAN_CHECKS.items():
        if table in tables:
            bad = int(conn.execute(sql).fetchone()[0])
            if bad:
                problems.append(Problem(table, f"{bad} rows have a span outside their document's text"))
    for table, (sql, what) in _INDEX_CHECKS.items():
        if table not in tables:  # a store older than the table's migration
            continue
        bad = int(conn.execute(sql).fetchone()[0])
        if bad:
            problems.append(Problem(table, f"{bad} {what}"))
    return problems
