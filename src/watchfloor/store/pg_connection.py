"""A psycopg 3 connection behind the `Connection` interface (`store/db.py`), speaking the SQLite
dialect the modules are written in.

`translate` rewrites each statement once (cached): `?` placeholders become `%s` (a literal `%`
becomes `%%`), the column `end` (reserved in PostgreSQL) is quoted, `INSERT OR IGNORE` becomes
`ON CONFLICT DO NOTHING`, `IS ?` (null-safe equality) `IS NOT DISTINCT FROM`,
`IN (SELECT value FROM json_each(?))` reads the JSON list with PostgreSQL's functions, and an
insert into a table with an `id` returns it, for `lastrowid`.
`BEGIN IMMEDIATE` (SQLite's one writer at a time) becomes `BEGIN` plus a transaction-level
advisory lock, so writers queue the same way on both backends. String literals and quoted names
are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import psycopg

WRITE_LOCK = 0x5746  # the advisory lock every writing transaction holds ("WF")
ID_TABLES = frozenset(
    [
        "documents",
        "citations",
        "passages",
        "entities",
        "mentions",
        "places",
        "place_mentions",
        "events",
        "event_clusters",
        "watches",
        "alerts",
        "brief_profiles",
        "editions",
        "subscribers",
        "users",
        "api_tokens",
        "audit_log",
    ]
)
_LITERAL = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"")
_END = re.compile(r"(?<![\w\"])end(?![\w\"])")
_INSERT = re.compile(r"^\s*INSERT\s+(OR\s+IGNORE\s+)?INTO\s+(\w+)", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)
_NAMED = re.compile(r"(?<![:\w]):([a-z_]\w*)")  # :name, not a ::cast
_IS = re.compile(r"\bIS \?")
_IS_NOT = re.compile(r"\bIS NOT \?")
_ID_COLUMN = re.compile(r"(^|[._])id$")
_IN_JSON = re.compile(r"([\w.]+) IN \(SELECT value FROM json_each\(\?\)\)")


@lru_cache(maxsize=1024)
def translate(sql: str) -> tuple[str, bool]:
    """The statement in PostgreSQL's dialect, and whether it returns the inserted row's id."""
    # `x IN (SELECT value FROM json_each(?))` (a JSON list bound as text): the list's items as the
    # column's type (an id column's as bigint, any other's as text), so the column's index serves.
    sql = _IN_JSON.sub(_in_list, sql)
    pieces: list[str] = []
    position = 0
    for literal in _LITERAL.finditer(sql):
        pieces.append(_code(sql[position : literal.start()]))
        pieces.append(literal.group().replace("%", "%%"))
        position = literal.end()
    pieces.append(_code(sql[position:]))
    text = "".join(pieces)
    insert = _INSERT.match(text)
    returns_id = False
    if insert is not None:
        has_returning = _RETURNING.search(text) is not None
        if insert.group(1):
            text = _INSERT.sub(f"INSERT INTO {insert.group(2)}", text, count=1)
            text = _before_returning(text, " ON CONFLICT DO NOTHING")
        if not has_returning and insert.group(2) in ID_TABLES:
            text += " RETURNING id"
            returns_id = True
    return text, returns_id


def _in_list(match: re.Match[str]) -> str:
    column = match.group(1)
    items = "jsonb_array_elements_text(?::jsonb)"
    if _ID_COLUMN.search(column):
        items = f"({items})::bigint"
    return f"{column} IN (SELECT {items})"


def _code(part: str) -> str:
    part = _NAMED.sub(r"%(\1)s", part.replace("%", "%%"))
    part = _IS_NOT.sub("IS DISTINCT FROM ?", _IS.sub("IS NOT DISTINCT FROM ?", part))  # SQLite's null-safe =
    return _END.sub('"end"', part.replace("?", "%s"))


def _before_returning(sql: str, clause: str) -> str:
    found = _RETURNING.search(sql)
    return (
        sql + clause if found is None else sql[: found.start()] + clause.strip() + " " + sql[found.start() :]
    )


def _clean(parameters: Any) -> Any:
    """PostgreSQL's text holds no NUL character: one typed into a search or filter is dropped."""
    if isinstance(parameters, dict):
        return {k: v.replace("\x00", "") if isinstance(v, str) else v for k, v in parameters.items()}
    return [v.replace("\x00", "") if isinstance(v, str) else v for v in parameters]


class PgCursor:
    """A psycopg cursor answering as sqlite3's does: no rows (not an error) after a statement
    without a result, and the inserted id as `lastrowid`."""

    def __init__(self, cursor: psycopg.Cursor[Any], lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Any:
        return None if self._cursor.description is None else self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return [] if self._cursor.description is None else self._cursor.fetchall()

    def fetchmany(self, size: int = 1) -> list[Any]:
        return [] if self._cursor.description is None else self._cursor.fetchmany(size)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PgConnection:
    """One psycopg connection in autocommit mode; transactions are the statements BEGIN/COMMIT."""

    def __init__(
        self, conn: psycopg.Connection[Any], release: Callable[[psycopg.Connection[Any]], None] | None = None
    ) -> None:
        self.raw = conn
        self._release = release  # a pool's: close() gives the connection back instead

    @classmethod
    def connect(cls, url: str) -> PgConnection:
        return cls(psycopg.connect(url, autocommit=True))

    def execute(self, sql: str, parameters: Any = (), /) -> PgCursor:
        if sql.strip().upper() == "BEGIN IMMEDIATE":
            self.raw.execute("BEGIN")
            self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            return PgCursor(self.raw.cursor())
        text, returns_id = translate(sql)
        cursor = self.raw.execute(text.encode(), _clean(parameters))
        if returns_id:
            row = cursor.fetchone()
            return PgCursor(cursor, None if row is None else int(row[0]))
        return PgCursor(cursor)

    def executemany(self, sql: str, parameters: Any, /) -> PgCursor:
        text, _ = translate(sql)
        cursor = self.raw.cursor()
        rows = [_clean(row) for row in parameters]
        if rows:
            cursor.executemany(text.replace(" RETURNING id", "").encode(), rows)
        return PgCursor(cursor)

    def close(self) -> None:
        if self._release is None:
            self.raw.close()
        else:
            release, self._release = self._release, None
            release(self.raw)
