"""Saved watches in the store: add, list, find, remove. A new watch sees events stored after it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from watchfloor.errors import ConfigError
from watchfloor.store.db import Connection, integrity_errors
from watchfloor.watch.model import Watch, watch_from_row

WATCH_COLUMNS = (
    "id, name, entities, types, countries, keywords, min_certainty, include_denied, delivery, target, mode,"
    " min_confidence"
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_watch(conn: Connection, watch: Watch) -> Watch:
    """Save `watch`; it will match events stored from now on. A taken name is an error."""
    try:
        cursor = conn.execute(
            "INSERT INTO watches (name, entities, types, countries, keywords, min_certainty,"
            " include_denied, delivery, target, mode, min_confidence, seen_event_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM events), ?)",
            (
                watch.name,
                json.dumps(list(watch.entities)),
                json.dumps(list(watch.types)),
                json.dumps(list(watch.countries)),
                json.dumps(list(watch.keywords)),
                watch.min_certainty,
                int(watch.include_denied),
                watch.delivery,
                watch.target,
                watch.mode,
                watch.min_confidence,
                now(),
            ),
        )
    except integrity_errors() as exc:
        raise ConfigError(f"a watch named {watch.name!r} exists already") from exc
    return get_watch(conn, int(cursor.lastrowid or 0))


def get_watch(conn: Connection, watch_id: int) -> Watch:
    row = conn.execute(f"SELECT {WATCH_COLUMNS} FROM watches WHERE id = ?", (watch_id,)).fetchone()
    if row is None:
        raise ConfigError(f"no watch with id {watch_id}")
    return watch_from_row(tuple(row))


def find_watch(conn: Connection, name: str) -> Watch | None:
    row = conn.execute(f"SELECT {WATCH_COLUMNS} FROM watches WHERE name = ?", (name,)).fetchone()
    return None if row is None else watch_from_row(tuple(row))


def list_watches(conn: Connection) -> list[Watch]:
    rows = conn.execute(f"SELECT {WATCH_COLUMNS} FROM watches ORDER BY name").fetchall()
    return [watch_from_row(tuple(r)) for r in rows]


def remove_watch(conn: Connection, name: str) -> bool:
    """Delete the watch and its alerts; False when there is none of that name."""
    return conn.execute("DELETE FROM watches WHERE name = ?", (name,)).rowcount > 0


def alert_counts(conn: Connection) -> dict[int, tuple[int, int]]:
    """watch id -> (alerts, alerts not delivered yet)."""
    rows = conn.execute(
        "SELECT watch_id, count(*), sum(delivered_at IS NULL) FROM alerts GROUP BY watch_id"
    ).fetchall()
    return {int(w): (int(n), int(p or 0)) for w, n, p in rows}
