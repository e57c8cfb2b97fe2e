"""The database layer every module writes its SQL against, whichever backend holds the store.

Modules take a `Connection`: `sqlite3.Connection` is one as it is, and `store/postgres_conn.py`
wraps a psycopg connection into one, translating the SQLite dialect the modules are written in
(`?` placeholders, `INSERT OR IGNORE`, `lastrowid`, `BEGIN IMMEDIATE`) into PostgreSQL's. What
cannot be translated (full-text search, file pragmas) asks `dialect(conn)` and branches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

Dialect = Literal["sqlite", "postgresql"]
URL_SCHEMES = ("postgresql://", "postgres://")


class Cursor(Protocol):
    """The part of a DB-API cursor the modules use."""

    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


@runtime_checkable
class Connection(Protocol):
    """The part of a DB-API connection the modules use; autocommit, transactions by BEGIN/COMMIT."""

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Any, /) -> Cursor: ...

    def close(self) -> None: ...


def dialect(conn: Connection) -> Dialect:
    return "sqlite" if isinstance(conn, sqlite3.Connection) else "postgresql"


def is_url(location: Path | str) -> bool:
    """Whether a store location names a PostgreSQL database rather than a SQLite file."""
    return normalise_location(location).startswith(URL_SCHEMES)


def normalise_location(location: Path | str) -> str:
    """The location as a string; a URL that went through `Path` (which folds `//` into `/`, as a
    Path-typed command-line option does) gets its `//` back."""
    text = str(location)
    for scheme in URL_SCHEMES:
        folded = scheme[:-1]
        if text.startswith(folded) and not text.startswith(scheme):
            return scheme + text[len(folded) :]
    return text


def display_location(location: Path | str) -> str:
    """The location for messages: a URL without its password."""
    text = normalise_location(location)
    if not text.startswith(URL_SCHEMES):
        return text
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  # a malformed port raises here
    except ValueError:
        return text.split("://")[0] + "://(malformed URL)"
    if parts.password is None:
        return text
    user = f"{parts.username}:***@" if parts.username else ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, f"{user}{host}{port}", parts.path, parts.query, ""))


@cache
def integrity_errors() -> tuple[type[Exception], ...]:
    """The exceptions a broken constraint raises, on either backend (psycopg only when installed)."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, psycopg.IntegrityError)
