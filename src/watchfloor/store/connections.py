"""Plain connections to an existing, migrated store, for what opens one per request or per job
(the web routes, the watch feed, the users): a new SQLite connection, or a PostgreSQL connection
lent by a pool kept per URL for the life of the process (given back on `close()`)."""

from __future__ import annotations

import atexit
import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

from watchfloor.store.db import Connection, is_url, normalise_location

POOL_SIZE = 8  # connections per PostgreSQL URL and process: the server's threads share them
_pools: dict[tuple[str, bool], Any] = {}  # (URL, read-only) -> its pool
_lock = threading.Lock()


def connect(location: Path | str, *, read_only: bool = False) -> Connection:
    """An autocommit connection (no migration check); with `read_only`, one that refuses writes."""
    if is_url(location):
        return _pooled(normalise_location(location), read_only)
    if read_only:
        uri = f"file:{quote(str(Path(location).resolve()))}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=30.0, check_same_thread=False)
    conn = sqlite3.connect(str(location), isolation_level=None, timeout=30.0, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _pooled(url: str, read_only: bool) -> Connection:
    from psycopg_pool import ConnectionPool

    from watchfloor.store.pg_connection import PgConnection

    with _lock:
        pool = _pools.get((url, read_only))
        if pool is None:
            if not _pools:
                atexit.register(close_pools)
            options = {"options": "-c default_transaction_read_only=on"} if read_only else {}
            pool = ConnectionPool(
                url, kwargs={"autocommit": True, **options}, min_size=1, max_size=POOL_SIZE, open=True
            )
            _pools[(url, read_only)] = pool
    return PgConnection(pool.getconn(), release=pool.putconn)


def close_pools() -> None:
    """Close every pool (at exit of a server, or between tests)."""
    with _lock:
        for pool in _pools.values():
            pool.close()
        _pools.clear()
