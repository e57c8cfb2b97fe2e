"""Versioned schema of the SQLite store. Append a migration; never edit a released one.

`PRAGMA user_version` holds the number of migrations applied; each runs in its own transaction.
"""

from __future__ import annotations

import sqlite3

from watchfloor.errors import StoreError
from watchfloor.store.first_migrations import FIRST_MIGRATIONS

MIGRATIONS: list[str] = [
    *FIRST_MIGRATIONS,  # 1-3: documents, what extraction found, corroboration
    # 4: watchlists (`watch/`). A watch's criteria are JSON lists; `seen_event_id` is the last event
    # it was matched against. An alert is one event cluster for one watch (`cluster_id` is the
    # event's cluster, or minus its event id when it has none), so a second report never re-alerts.
    """
    CREATE TABLE watches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        entities TEXT NOT NULL DEFAULT '[]',
        types TEXT NOT NULL DEFAULT '[]',
        countries TEXT NOT NULL DEFAULT '[]',
        keywords TEXT NOT NULL DEFAULT '[]',
        min_certainty TEXT NOT NULL,
        include_denied INTEGER NOT NULL DEFAULT 0,
        delivery TEXT NOT NULL CHECK (delivery IN ('atom', 'webhook', 'email')),
        target TEXT,
        mode TEXT NOT NULL CHECK (mode IN ('immediate', 'daily')),
        seen_event_id INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        last_digest_at TEXT
    );
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        watch_id INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
        cluster_id INTEGER NOT NULL,
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        UNIQUE (watch_id, cluster_id)
    );
    CREATE INDEX alerts_pending ON alerts (watch_id, delivered_at);
    CREATE INDEX alerts_event ON alerts (event_id);
    """,
    # 5: each event's confidence in [0, 1] (`nlp/event_confidence.py`); events stored before it
    # existed count as fully confident until their document is extracted again. A watch matches
    # events of at least its `min_confidence` (`settings.CONFIDENT` unless given).
    """
    ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
    CREATE INDEX events_confidence ON events (confidence);
    ALTER TABLE watches ADD COLUMN min_confidence REAL NOT NULL DEFAULT 0.3;
    """,
    # 6: subscribed briefs (`editions/`). A profile is a saved brief (filters, minimum event
    # confidence, publication weekdays as a 7-character Monday-first mask); an edition is one
    # profile's brief for one publication day, kept as issued (Markdown, HTML, the brief's JSON and
    # its numbered sources). A delivery is one edition to one subscriber: `state` moves pending ->
    # sending -> sent, or to retry (with `next_attempt_at`), failed, uncertain (the process died
    # while the server had the message: never re-sent on its own) or skipped (unsubscribed first).
    # `secrets` holds the key that signs unsubscribe links, made here once per store.
    """
    CREATE TABLE brief_profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        actors TEXT NOT NULL DEFAULT '[]',
        countries TEXT NOT NULL DEFAULT '[]',
        topics TEXT NOT NULL DEFAULT '[]',
        min_confidence REAL NOT NULL CHECK (min_confidence BETWEEN 0 AND 1),
        weekdays TEXT NOT NULL CHECK (length(weekdays) = 7),
        takeaways INTEGER NOT NULL DEFAULT 5,
        created_at TEXT NOT NULL
    );
    CREATE TABLE editions (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES brief_profiles (id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        since TEXT NOT NULL,
        title TEXT NOT NULL,
        markdown TEXT NOT NULL,
        html TEXT NOT NULL,
        brief TEXT NOT NULL,
        sentences INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mailing_started_at TEXT,
        UNIQUE (profile_id, day)
    );
    CREATE TABLE edition_sources (
        edition_id INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        document_id INTEGER NOT NULL,
        title TEXT NOT NULL,
        published TEXT,
        marker TEXT,
        url TEXT,
        PRIMARY KEY (edition_id, number)
    ) WITHOUT ROWID;
    CREATE INDEX edition_sources_document ON edition_sources (document_id);
    CREATE TABLE subscribers (
        id INTEGER PRIMARY KEY,
        address TEXT NOT NULL,
        profile_id INTEGER NOT NULL REFERENCES brief_profiles (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        unsubscribed_at TEXT,
        UNIQUE (profile_id, address)
    );
    CREATE TABLE edition_deliveries (
        edition_id INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
        subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (
            state IN ('pending', 'sending', 'sent', 'retry', 'failed', 'uncertain', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        next_attempt_at TEXT,
        sent_at TEXT,
        PRIMARY KEY (edition_id, subscriber_id)
    ) WITHOUT ROWID;
    CREATE INDEX edition_deliveries_state ON edition_deliveries (state, edition_id);
    CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO secrets (name, value) VALUES ('unsubscribe', lower(hex(randomblob(32))));
    """,
    # 7: users of a shared store (`store/users.py`): a role each, an Argon2 password hash; bearer
    # tokens and browser sessions kept only as SHA-256 hashes; an audit row per state-changing
    # request. Plain types only (TEXT, INTEGER), so a PostgreSQL migration can mirror it.
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE api_tokens (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
    );
    CREATE INDEX api_tokens_user ON api_tokens (user_id);
    CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    CREATE INDEX sessions_user ON sessions (user_id);
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_name TEXT,
        method TEXT NOT NULL,
        path TEXT NOT NULL,
        status INTEGER NOT NULL,
        address TEXT
    );
    CREATE INDEX audit_log_at ON audit_log (at);
    """,
    # 8: scale. MinHash LSH bands of each paragraph signature (`corroborate/bands.py`), so a new
    # paragraph's near-duplicate candidates are an indexed look-up instead of an index rebuilt in
    # memory from every signature; the signatures stored before are banded when next used.
    # Cluster candidates, map viewports and network paging read events through the indexes below.
    """
    CREATE TABLE paragraph_bands (
        band INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        passage_id INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
        PRIMARY KEY (band, hash, passage_id)
    ) WITHOUT ROWID;
    CREATE INDEX paragraph_bands_passage ON paragraph_bands (passage_id);
    CREATE INDEX places_lat_lon ON places (lat, lon);
    CREATE INDEX events_dyad_ids ON events (actor_id, recipient_id, type, confidence, date);
    CREATE INDEX events_block_date ON events (type, actor_country, recipient_country, date);
    DROP INDEX events_place;
    CREATE INDEX events_place_type ON events (place_id, type, confidence);
    DROP INDEX events_actor;
    CREATE INDEX events_actor_date ON events (actor_id, date);
    DROP INDEX events_recipient;
    CREATE INDEX events_recipient_date ON events (recipient_id, date);
    CREATE INDEX events_certainty ON events (certainty);
    DROP INDEX events_type_date;
    CREATE INDEX events_type_date ON events (type, date, actor_id, recipient_id);
    CREATE INDEX events_recipient_country_date ON events (recipient_country, date);
    CREATE INDEX events_actor_country_date ON events (actor_country, date);
    """,
    # 9: dated events counted per type and date, kept in step by triggers: the timeline of the
    # whole archive (or of a type or period) reads thousands of counts instead of every event.
    """
    CREATE TABLE event_date_counts (
        type TEXT NOT NULL,
        date TEXT NOT NULL,
        events INTEGER NOT NULL,
        PRIMARY KEY (type, date)
    ) WITHOUT ROWID;
    INSERT INTO event_date_counts (type, date, events)
        SELECT type, date, count(*) FROM events WHERE date IS NOT NULL GROUP BY type, date;
    CREATE TRIGGER events_counted_in AFTER INSERT ON events WHEN NEW.date IS NOT NULL BEGIN
        INSERT INTO event_date_counts (type, date, events) VALUES (NEW.type, NEW.date, 1)
        ON CONFLICT (type, date) DO UPDATE SET events = events + 1;
    END;
    CREATE TRIGGER events_counted_out AFTER DELETE ON events WHEN OLD.date IS NOT NULL BEGIN
        UPDATE event_date_counts SET events = events - 1 WHERE type = OLD.type AND date = OLD.date;
    END;
    CREATE TRIGGER events_counted_again AFTER UPDATE OF type, date ON events BEGIN
        UPDATE event_date_counts SET events = events - 1 WHERE type = OLD.type AND date = OLD.date;
        INSERT INTO event_date_counts (type, date, events)
            SELECT NEW.type, NEW.date, 1 WHERE NEW.date IS NOT NULL
        ON CONFLICT (type, date) DO UPDATE SET events = events + 1;
    END;
    """,
]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: str) -> None:
    """Bring the database at `path` up to the newest schema; refuse one newer than this code.

    The connection is in autocommit mode; each migration runs in its own write transaction and
    re-reads the version inside it, so two processes opening a new database do not collide.
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current > len(MIGRATIONS):
                raise newer_schema(path, current, len(MIGRATIONS))
            if current == len(MIGRATIONS):
                conn.execute("COMMIT")
                return
            for statement in _statements(MIGRATIONS[current]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def newer_schema(where: str, version: int, known: int) -> StoreError:
    """The refusal of a store whose schema a newer Watchfloor wrote (either backend)."""
    return StoreError(
        f"{where}: schema version {version} is newer than this Watchfloor understands ({known}); "
        "upgrade Watchfloor"
    )


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows where each ends)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
