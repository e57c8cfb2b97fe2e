"""Versioned schema of the SQLite store. Append a migration; never edit a released one.

`PRAGMA user_version` holds the number of migrations applied; each runs in its own transaction.
"""

from __future__ import annotations

import sqlite3

from watchfloor.errors import StoreError

MIGRATIONS: list[str] = [
    # 1: documents, their notes and passages, and the full-text index over paragraphs.
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        published TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        outlet TEXT,
        url TEXT,
        lang TEXT,
        text TEXT NOT NULL,
        body_end INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents (published);
    CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        marker TEXT NOT NULL,
        url TEXT NOT NULL,
        raw TEXT NOT NULL,
        defanged INTEGER NOT NULL,
        foreign_domain INTEGER NOT NULL
    );
    CREATE INDEX citations_document ON citations (document_id, marker);
    CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'sentence')),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        section TEXT,
        markers TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX passages_document ON passages (document_id, kind, start);
    CREATE VIRTUAL TABLE paragraph_index USING fts5 (
        text,
        passage_id UNINDEXED,
        tokenize = 'porter unicode61 remove_diacritics 2'
    );
    """,
    # 2: what extraction found. Entities and places are canonical across documents (one row per
    # real-world thing); `document_entities` and `document_places` keep each document's own view
    # of them (its name, title and country for the entity, in the order the extraction listed
    # them), so a stored extraction reads back exactly as it was made. Mentions are the surface
    # forms a document used. Events keep their provenance: document, sentence span, the note
    # markers of that sentence and the URLs the notes give.
    """
    ALTER TABLE documents ADD COLUMN extracted_at TEXT;
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kb_key TEXT,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        title TEXT
    );
    CREATE INDEX entities_type_country ON entities (type, country);
    CREATE INDEX entities_country ON entities (country);
    CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        folded TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias)
    ) WITHOUT ROWID;
    CREATE INDEX entity_aliases_folded ON entity_aliases (folded);
    CREATE TABLE document_entities (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        title TEXT,
        PRIMARY KEY (document_id, position)
    );
    CREATE INDEX document_entities_entity ON document_entities (entity_id);
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL,
        appearance INTEGER NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        position INTEGER NOT NULL,
        surface TEXT NOT NULL,
        FOREIGN KEY (document_id, appearance)
            REFERENCES document_entities (document_id, position) ON DELETE CASCADE
    );
    CREATE INDEX mentions_entity ON mentions (entity_id, document_id);
    CREATE INDEX mentions_document ON mentions (document_id, appearance, position);
    CREATE TABLE places (
        id INTEGER PRIMARY KEY,
        gazetteer_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        lat REAL NOT NULL,
        lon REAL NOT NULL,
        country TEXT
    );
    CREATE INDEX places_country ON places (country, kind);
    CREATE TABLE document_places (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        place_id INTEGER NOT NULL REFERENCES places (id),
        PRIMARY KEY (document_id, position),
        UNIQUE (document_id, place_id)
    );
    CREATE INDEX document_places_place ON document_places (place_id);
    CREATE TABLE place_mentions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL,
        place_id INTEGER NOT NULL REFERENCES places (id),
        position INTEGER NOT NULL,
        surface TEXT NOT NULL,
        FOREIGN KEY (document_id, place_id)
            REFERENCES document_places (document_id, place_id) ON DELETE CASCADE
    );
    CREATE INDEX place_mentions_place ON place_mentions (place_id, document_id);
    CREATE INDEX place_mentions_document ON place_mentions (document_id, place_id, position);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        actor TEXT,
        actor_country TEXT,
        actor_id INTEGER REFERENCES entities (id),
        recipient TEXT,
        recipient_country TEXT,
        recipient_id INTEGER REFERENCES entities (id),
        date TEXT,
        place TEXT,
        place_id INTEGER REFERENCES places (id),
        certainty TEXT NOT NULL,
        source TEXT,
        source_id INTEGER REFERENCES entities (id),
        trigger TEXT NOT NULL,
        quantity TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        markers TEXT NOT NULL DEFAULT '[]',
        UNIQUE (document_id, position)
    );
    CREATE INDEX events_type_date ON events (type, date);
    CREATE INDEX events_date ON events (date);
    CREATE INDEX events_dyad ON events (actor_country, recipient_country, type);
    CREATE INDEX events_recipient_country ON events (recipient_country, type);
    CREATE INDEX events_actor ON events (actor_id);
    CREATE INDEX events_recipient ON events (recipient_id);
    CREATE INDEX events_place ON events (place_id);
    CREATE TABLE event_citations (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        marker TEXT NOT NULL,
        url TEXT,
        PRIMARY KEY (event_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX event_citations_url ON event_citations (url);
    """,
    # 3: corroboration. A MinHash signature per paragraph of at least a dozen words (so a new
    # document is compared with every earlier paragraph without recomputing them); paragraphs
    # recycled from an earlier report, linked to their original; event clusters (the same event
    # reported by several documents) with each event's cluster; and which documents were done.
    """
    CREATE TABLE paragraph_signatures (
        passage_id INTEGER PRIMARY KEY REFERENCES passages (id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );
    CREATE INDEX paragraph_signatures_document ON paragraph_signatures (document_id);
    CREATE TABLE recycled_passages (
        passage_id INTEGER PRIMARY KEY REFERENCES passages (id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        original_passage_id INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
        original_document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        similarity REAL NOT NULL
    );
    CREATE INDEX recycled_passages_document ON recycled_passages (document_id);
    CREATE INDEX recycled_passages_original ON recycled_passages (original_passage_id);
    CREATE TABLE event_clusters (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        date TEXT,
        events INTEGER NOT NULL,
        documents INTEGER NOT NULL,
        independent INTEGER NOT NULL
    );
    CREATE INDEX event_clusters_documents ON event_clusters (documents);
    CREATE TABLE event_cluster_members (
        event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        cluster_id INTEGER NOT NULL REFERENCES event_clusters (id) ON DELETE CASCADE
    );
    CREATE INDEX event_cluster_members_cluster ON event_cluster_members (cluster_id);
    CREATE TABLE corroborated (
        document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        extracted INTEGER NOT NULL
    );
    """,
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
