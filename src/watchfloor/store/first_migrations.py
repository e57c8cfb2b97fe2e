"""The SQLite store's first three migrations: documents, what extraction found, corroboration."""

from __future__ import annotations

FIRST_MIGRATIONS: list[str] = [
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
]
