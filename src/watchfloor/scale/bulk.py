"""Bulk-loading synthetic documents into a store: `executemany` in one transaction per batch, ids
assigned here, every table ingest fills (passages, full-text index, entities, mentions, places,
events, citations, signatures and their LSH bands, recycled paragraphs, clusters, corroborated), so
the store looks to every reader as if ingest had built it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from watchfloor.corroborate.bands import band_hashes
from watchfloor.scale.synthetic import SyntheticDocument, SyntheticEvent, World

RECENT = 256  # documents whose first paragraph can be recycled


@dataclass
class _Rows:
    documents: list[tuple[object, ...]] = field(default_factory=list)
    passages: list[tuple[object, ...]] = field(default_factory=list)
    fts: list[tuple[str, int]] = field(default_factory=list)
    signatures: list[tuple[int, int, bytes]] = field(default_factory=list)
    bands: list[tuple[int, int, int]] = field(default_factory=list)
    recycled: list[tuple[object, ...]] = field(default_factory=list)
    citations: list[tuple[object, ...]] = field(default_factory=list)
    doc_entities: list[tuple[object, ...]] = field(default_factory=list)
    mentions: list[tuple[object, ...]] = field(default_factory=list)
    doc_places: list[tuple[int, int, int]] = field(default_factory=list)
    place_mentions: list[tuple[int, int, int, str]] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)
    event_citations: list[tuple[int, int, str, str]] = field(default_factory=list)
    members: list[tuple[int, int]] = field(default_factory=list)
    corroborated: list[tuple[int, int]] = field(default_factory=list)


class BulkWriter:
    """Writes batches of synthetic documents after whatever the store already holds."""

    def __init__(self, conn: sqlite3.Connection, world: World, seed: int = 7) -> None:
        self.conn, self.world, self.seed = conn, world, seed
        self.rng = np.random.default_rng(seed)
        self.next = {
            table: int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1
            for table in ("documents", "passages", "events", "event_clusters")
        }
        self.entity_ids = self._entities()
        self.place_ids = self._places()
        self.recent: OrderedDict[int, tuple[str, int, int, bytes]] = OrderedDict()
        self.clusters: dict[tuple[object, ...], list[int]] = {}  # key -> [id, events, documents]
        self.stamp = datetime.now(UTC).isoformat(timespec="seconds")

    def _entities(self) -> list[int]:
        rows = [(f"synthetic:{i}", e.name, e.type, e.country) for i, e in enumerate(self.world.entities)]
        self.conn.executemany(
            "INSERT OR IGNORE INTO entities (key, name, type, country) VALUES (?, ?, ?, ?)", rows
        )
        ids = dict(self.conn.execute("SELECT key, id FROM entities WHERE key LIKE 'synthetic:%'").fetchall())
        aliases = [
            (ids[key], alias, alias.casefold())
            for key, entity in zip((r[0] for r in rows), self.world.entities, strict=True)
            for alias in entity.aliases
        ]
        self.conn.executemany("INSERT OR IGNORE INTO entity_aliases VALUES (?, ?, ?)", aliases)
        return [int(ids[r[0]]) for r in rows]

    def _places(self) -> list[int]:
        rows = [(p.key, p.name, "city", p.lat, p.lon, p.country) for p in self.world.places]
        self.conn.executemany(
            "INSERT OR IGNORE INTO places (gazetteer_id, name, kind, lat, lon, country)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        ids = dict(self.conn.execute("SELECT gazetteer_id, id FROM places").fetchall())
        return [int(ids[r[0]]) for r in rows]

    def write(self, documents: list[SyntheticDocument]) -> int:
        """Store a batch in one transaction; returns the passages written."""
        rows = _Rows()
        for document in documents:
            self._document(document, rows)
        conn = self.conn
        conn.execute("BEGIN")
        for sql, values in (
            ("INSERT INTO documents (id, key, name, source, format, title, published, authors, outlet, url,"
             " lang, text, body_end, ingested_at, extracted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
             rows.documents),
            ("INSERT INTO passages (id, document_id, kind, start, end, section, markers)"
             " VALUES (?,?,?,?,?,NULL,'[]')", rows.passages),
            ("INSERT INTO paragraph_index (text, passage_id) VALUES (?, ?)", rows.fts),
            ("INSERT INTO paragraph_signatures (passage_id, document_id, signature) VALUES (?,?,?)",
             rows.signatures),
            ("INSERT OR IGNORE INTO paragraph_bands (band, hash, passage_id) VALUES (?,?,?)", rows.bands),
            ("INSERT INTO recycled_passages VALUES (?,?,?,?,?)", rows.recycled),
            ("INSERT INTO citations (document_id, position, marker, url, raw, defanged, foreign_domain)"
             " VALUES (?,?,?,?,?,0,0)", rows.citations),
            ("INSERT INTO document_entities VALUES (?,?,?,?,?,?,NULL)", rows.doc_entities),
            ("INSERT INTO mentions (document_id, appearance, entity_id, position, surface)"
             " VALUES (?,?,?,0,?)", rows.mentions),
            ("INSERT INTO document_places VALUES (?,?,?)", rows.doc_places),
            ("INSERT INTO place_mentions (document_id, place_id, position, surface) VALUES (?,?,?,?)",
             rows.place_mentions),
            ("INSERT INTO events (id, document_id, position, type, mode, actor, actor_country, actor_id,"
             " recipient, recipient_country, recipient_id, date, place, place_id, certainty, trigger,"
             " start, end, text, markers, confidence) VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
             rows.events),
            ("INSERT INTO event_citations VALUES (?,?,?,?)", rows.event_citations),
            ("INSERT OR IGNORE INTO event_clusters (id, type, date, events, documents, independent)"
             " VALUES (?, '', NULL, 1, 1, 1)", [(m[1],) for m in rows.members]),
            ("INSERT INTO event_cluster_members VALUES (?,?)", rows.members),
            ("INSERT INTO corroborated VALUES (?,?)", rows.corroborated),
        ):  # fmt: skip
            conn.executemany(sql, values)
        conn.execute("COMMIT")
        return len(rows.passages)

    def finish(self) -> None:
        """Write each cluster's type, date and counts (clusters span batches); synthetic events are
        no news to a watch, so every watch has seen them."""
        self.conn.execute("BEGIN")
        self.conn.execute("UPDATE watches SET seen_event_id = (SELECT coalesce(max(id), 0) FROM events)")
        self.conn.executemany(
            "UPDATE event_clusters SET type = ?, date = ?, events = ?, documents = ?, independent = ?"
            " WHERE id = ?",
            [(k[0], k[3], n, docs, docs, cid) for k, (cid, n, docs) in self.clusters.items()],
        )
        self.conn.execute("COMMIT")

    def _document(self, document: SyntheticDocument, rows: _Rows) -> None:
        world, doc_id = self.world, self.next["documents"]
        self.next["documents"] += 1
        title = f"{document.outlet}: synthetic report {document.number}"
        parts, spans, sentence_spans = [title], [], []
        offset = len(title) + 2
        for p, sentences in enumerate(document.paragraphs):
            if p in document.recycled and document.recycled[p][0] in self.recent:
                sentences = [self.recent[document.recycled[p][0]][0]]
            text = " ".join(sentences)
            spans.append((offset, offset + len(text)))
            cursor = offset
            for sentence in sentences:
                sentence_spans.append((cursor, cursor + len(sentence), sentence))
                cursor += len(sentence) + 1
            parts.append(text)
            offset += len(text) + 2
        text = "\n\n".join(parts)
        key = hashlib.sha256(f"synthetic:{self.seed}:{document.number}".encode()).hexdigest()
        url = f"https://{document.outlet.split()[0].lower()}.example/{document.number}"
        rows.documents.append((doc_id, key, f"synthetic-{document.number}.txt", url, "text", title,
                               document.published, "[]", document.outlet, url, "en", text, len(text),
                               self.stamp, self.stamp))  # fmt: skip
        rows.corroborated.append((doc_id, 1))
        for i in range(3):
            rows.citations.append((doc_id, i, str(i + 1), f"{url}/note/{i + 1}", f"{url}/note/{i + 1}"))
        for p, (start, end) in enumerate(spans):
            pid = self._passage(rows, doc_id, "paragraph", start, end)
            rows.fts.append((text[start:end], pid))
            original = self.recent.get(document.recycled.get(p, (-1, 0))[0])
            if original is not None and text[start:end] == original[0]:
                signature = original[3]
                rows.recycled.append((pid, doc_id, original[1], original[2], 1.0))
            else:
                signature = self.rng.integers(0, 2**32, 128, dtype=np.uint32).tobytes()
            rows.signatures.append((pid, doc_id, signature))
            rows.bands.extend((b, h, pid) for b, h in band_hashes(np.frombuffer(signature, np.uint32)))
            if p == 0:
                self.recent[document.number] = (text[start:end], pid, doc_id, signature)
                if len(self.recent) > RECENT:
                    self.recent.popitem(last=False)
        for start, end, _ in sentence_spans:
            self._passage(rows, doc_id, "sentence", start, end)
        for position, index in enumerate(document.mentioned):
            entity = world.entities[index]
            entity_id = self.entity_ids[index]
            rows.doc_entities.append((doc_id, position, entity_id, entity.name, entity.type, entity.country))
            rows.mentions.append((doc_id, position, entity_id, entity.name))
        places = list(dict.fromkeys(e.place for e in document.events if e.place is not None))
        for position, place in enumerate(places):
            rows.doc_places.append((doc_id, position, self.place_ids[place]))
            rows.place_mentions.append((doc_id, self.place_ids[place], 0, world.places[place].name))
        for position, event in enumerate(document.events):
            self._event(rows, doc_id, position, event, sentence_spans[event.sentence % len(sentence_spans)])

    def _passage(self, rows: _Rows, doc_id: int, kind: str, start: int, end: int) -> int:
        pid = self.next["passages"]
        self.next["passages"] += 1
        rows.passages.append((pid, doc_id, kind, start, end))
        return pid

    def _event(
        self, rows: _Rows, doc_id: int, position: int, event: SyntheticEvent, span: tuple[int, int, str]
    ) -> None:
        world, event_id = self.world, self.next["events"]
        self.next["events"] += 1
        actor, recipient = world.entities[event.actor], world.entities[event.recipient]
        place = world.places[event.place] if event.place is not None else None
        rows.events.append((event_id, doc_id, position, event.type, actor.name, actor.country,
                            self.entity_ids[event.actor], recipient.name, recipient.country,
                            self.entity_ids[event.recipient], event.date, place.name if place else None,
                            self.place_ids[event.place] if event.place is not None else None,
                            event.certainty, event.type.lower(), span[0], span[1], span[2], json.dumps(["1"]),
                            event.confidence))  # fmt: skip
        rows.event_citations.append((event_id, 0, "1", f"note {doc_id}"))
        key = (event.type, event.actor, event.recipient, event.date)
        cluster = self.clusters.get(key)
        if cluster is None:
            cluster = self.clusters[key] = [self.next["event_clusters"], 0, 0]
            self.next["event_clusters"] += 1
        cluster[1] += 1
        cluster[2] += 1
        rows.members.append((event_id, cluster[0]))
