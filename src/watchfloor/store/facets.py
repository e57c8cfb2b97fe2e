"""The distinct values of the event filters (the search form's choices), read by skipping through
indexes: a few look-ups per distinct value, not a scan of every event."""

from __future__ import annotations

from watchfloor.store.db import Connection

_DISTINCT = """
WITH RECURSIVE v (x) AS (
    SELECT min({column}) FROM events
    UNION ALL
    SELECT (SELECT min({column}) FROM events WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL
)
SELECT x FROM v WHERE x IS NOT NULL
"""


def distinct_values(conn: Connection, column: str) -> list[str]:
    """Distinct non-null values of an indexed events column (a trusted name), in order."""
    return [str(r[0]) for r in conn.execute(_DISTINCT.format(column=column))]


def event_countries(conn: Connection) -> list[str]:
    """Every country that is an actor's or a recipient's, in order."""
    both = set(distinct_values(conn, "actor_country")) | set(distinct_values(conn, "recipient_country"))
    return sorted(both)
