"""The delivery ledger: one row per edition and subscriber, and the moves of its state.

pending ──claim──▶ sending ──▶ sent
   ▲                  │  └────▶ retry (refused for now: 4xx) ──▶ claimed again when due
   └── retry          │  └────▶ failed (refused for good: 5xx, or too many attempts)
                      └───────▶ uncertain (the connection died after the message went out)
A row still `sending` when a new mailing starts belongs to a process that died mid-message: the
server may hold the message, so it becomes `uncertain` and is not sent again unless asked
(`resend_uncertain`). Every move is its own committed statement, written with synchronous=FULL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from watchfloor.errors import ConfigError
from watchfloor.store.db import Connection
from watchfloor.watch.registry import now

OWED = "state = 'pending' OR (state = 'retry' AND next_attempt_at <= ?)"


@dataclass(frozen=True)
class RetryPolicy:
    """How failed sends are retried: `tries` in a row within a run, `delay` seconds before the
    second (doubled before each further one); then a later run retries after `later` seconds
    (doubled per attempt, at most six hours), until `max_attempts`, when the row is failed."""

    tries: int = 3
    delay: float = 2.0
    later: float = 300.0
    max_attempts: int = 8

    @classmethod
    def from_env(cls) -> RetryPolicy:
        """WATCHFLOOR_MAIL_TRIES (3) and WATCHFLOOR_MAIL_RETRY_DELAY (2 seconds) override the defaults."""
        try:
            tries = int(os.environ.get("WATCHFLOOR_MAIL_TRIES") or cls.tries)
            delay = float(os.environ.get("WATCHFLOOR_MAIL_RETRY_DELAY") or cls.delay)
        except ValueError as exc:
            raise ConfigError(f"WATCHFLOOR_MAIL_TRIES or WATCHFLOOR_MAIL_RETRY_DELAY: {exc}") from exc
        if tries < 1 or delay < 0:
            raise ConfigError(
                "WATCHFLOOR_MAIL_TRIES must be at least 1 and WATCHFLOOR_MAIL_RETRY_DELAY not negative"
            )
        return cls(tries=tries, delay=delay)

    def pause(self, try_number: int) -> float:
        return float(self.delay * 2 ** (try_number - 1))

    def next_attempt(self, attempts: int) -> str:
        wait = min(self.later * 2 ** max(attempts - 1, 0), 6 * 3600.0)
        return (datetime.now(UTC) + timedelta(seconds=wait)).isoformat(timespec="seconds")


def open_mailing(conn: Connection, edition_id: int) -> int:
    """Fix the edition's mailing list (its profile's subscribers now) the first time it is mailed;
    returns how many rows were added."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        started = conn.execute(
            "SELECT mailing_started_at FROM editions WHERE id = ?", (edition_id,)
        ).fetchone()
        added = 0
        if started is not None and started[0] is None:
            added = conn.execute(
                "INSERT OR IGNORE INTO edition_deliveries (edition_id, subscriber_id, state)"
                " SELECT e.id, s.id, 'pending' FROM editions e"
                " JOIN subscribers s ON s.profile_id = e.profile_id"
                " WHERE e.id = ? AND s.unsubscribed_at IS NULL",
                (edition_id,),
            ).rowcount
            conn.execute("UPDATE editions SET mailing_started_at = ? WHERE id = ?", (now(), edition_id))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return added


def recover_interrupted(conn: Connection, resend_uncertain: bool = False) -> int:
    """Rows a dead mailing left `sending` become `uncertain`; with `resend_uncertain`, every
    uncertain row is owed again. Returns how many rows were left uncertain by a dead mailing."""
    found = conn.execute(
        "UPDATE edition_deliveries SET state = 'uncertain',"
        " error = 'interrupted while the message was being sent: it may have arrived' WHERE state = 'sending'"
    ).rowcount
    if resend_uncertain:
        conn.execute(
            "UPDATE edition_deliveries SET state = 'pending', error = NULL WHERE state = 'uncertain'"
        )
    return found


def editions_owing(conn: Connection) -> list[int]:
    """Editions never mailed, or with deliveries owed now, oldest first."""
    rows = conn.execute(
        "SELECT id FROM editions WHERE mailing_started_at IS NULL"
        f" OR id IN (SELECT edition_id FROM edition_deliveries WHERE {OWED}) ORDER BY day, id",
        (now(),),
    )
    return [int(r[0]) for r in rows.fetchall()]


def owed(conn: Connection, edition_id: int) -> list[int]:
    """The subscribers the edition is owed to now, in subscription order."""
    rows = conn.execute(
        f"SELECT subscriber_id FROM edition_deliveries WHERE edition_id = ? AND ({OWED})"
        " ORDER BY subscriber_id",
        (edition_id, now()),
    )
    return [int(r[0]) for r in rows.fetchall()]


def claim(conn: Connection, edition_id: int, subscriber_id: int) -> bool:
    """Mark the row `sending` if it is still owed; False when it is not (someone else has it)."""
    return (
        conn.execute(
            "UPDATE edition_deliveries SET state = 'sending'"
            " WHERE edition_id = ? AND subscriber_id = ? AND state IN ('pending', 'retry')",
            (edition_id, subscriber_id),
        ).rowcount
        == 1
    )


def mark(
    conn: Connection,
    edition_id: int,
    subscriber_id: int,
    state: str,
    error: str | None = None,
    next_attempt_at: str | None = None,
    tries: int = 0,
) -> None:
    """Move the row to `state`, adding the tries this run made to its attempts."""
    sent_at = now() if state == "sent" else None
    conn.execute(
        "UPDATE edition_deliveries SET state = ?, error = ?, next_attempt_at = ?, sent_at = ?,"
        " attempts = attempts + ? WHERE edition_id = ? AND subscriber_id = ?",
        (state, error, next_attempt_at, sent_at, tries, edition_id, subscriber_id),
    )


def attempts(conn: Connection, edition_id: int, subscriber_id: int) -> int:
    row = conn.execute(
        "SELECT attempts FROM edition_deliveries WHERE edition_id = ? AND subscriber_id = ?",
        (edition_id, subscriber_id),
    ).fetchone()
    return int(row[0]) if row else 0


def delivery_counts(conn: Connection) -> dict[tuple[int, str], int]:
    """(edition id, state) -> rows."""
    rows = conn.execute("SELECT edition_id, state, count(*) FROM edition_deliveries GROUP BY 1, 2")
    return {(int(e), str(s)): int(n) for e, s, n in rows.fetchall()}
