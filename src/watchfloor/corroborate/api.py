"""Reading corroboration back: a document's event clusters, one cluster with its reports, and the
paragraphs of a document recycled from earlier reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from watchfloor.corroborate.clusters import REPORT_SQL, read_report
from watchfloor.store import open_store
from watchfloor.store.db import Connection


@dataclass(frozen=True)
class ClusterEvent:
    event_id: int
    document_id: int
    type: str
    actor: str | None
    recipient: str | None
    date: str | None
    text: str


@dataclass(frozen=True)
class ClusterDocument:
    document_id: int
    name: str
    published: str | None
    outlet: str  # the outlet independence is judged by (outlet, else URL host, else the document)


@dataclass(frozen=True)
class Cluster:
    id: int
    type: str
    date: str | None  # the most precise date its reports give
    events: list[ClusterEvent] = field(default_factory=list)
    documents: list[ClusterDocument] = field(default_factory=list)
    independent: int = 0  # outlets backing it once copies of one text are counted once

    @property
    def outlets(self) -> list[str]:
        return sorted({d.outlet for d in self.documents})


@dataclass(frozen=True)
class RecycledPassage:
    """A `background` paragraph: recycled from an earlier report's paragraph."""

    passage_id: int
    start: int
    end: int
    text: str
    original_document_id: int
    original_passage_id: int
    original_start: int
    original_end: int
    similarity: float


def _read_cluster(conn: Connection, cluster_id: int) -> Cluster | None:
    row = conn.execute(
        "SELECT type, date, independent FROM event_clusters WHERE id = ?", (cluster_id,)
    ).fetchone()
    if row is None:
        return None
    rows = conn.execute(
        REPORT_SQL + " JOIN event_cluster_members m ON m.event_id = e.id WHERE m.cluster_id = ?"
        " ORDER BY coalesce(d.published, d.ingested_at), e.document_id, e.position",
        (cluster_id,),
    ).fetchall()
    reports = [read_report(r) for r in rows]
    events = [
        ClusterEvent(r.event_id, r.document_id, r.type, r.actor, r.recipient, r.date, r.text) for r in reports
    ]
    documents: list[ClusterDocument] = []
    for document_id in dict.fromkeys(r.document_id for r in reports):
        name, published = conn.execute(
            "SELECT name, published FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        outlet = next(r.outlet for r in reports if r.document_id == document_id)
        documents.append(ClusterDocument(document_id, str(name), published, outlet))
    return Cluster(cluster_id, str(row[0]), row[1], events, documents, int(row[2]))


def cluster(store_path: Path | str, cluster_id: int) -> Cluster | None:
    """The cluster with its events, documents, outlets and independent count; None if unknown."""
    with open_store(store_path) as store:
        return _read_cluster(store.conn, cluster_id)


def clusters_for_document(store_path: Path | str, document_id: int, min_documents: int = 1) -> list[Cluster]:
    """The clusters the document's events belong to (with `min_documents=2`, those it shares)."""
    with open_store(store_path) as store:
        ids = store.conn.execute(
            "SELECT DISTINCT c.id FROM event_clusters c JOIN event_cluster_members m ON m.cluster_id = c.id"
            " JOIN events e ON e.id = m.event_id WHERE e.document_id = ? AND c.documents >= ? ORDER BY c.id",
            (document_id, min_documents),
        ).fetchall()
        found = [_read_cluster(store.conn, int(i)) for (i,) in ids]
    return [c for c in found if c is not None]


def recycled_passages(store_path: Path | str, document_id: int) -> list[RecycledPassage]:
    """The document's background paragraphs, in text order, each linked to its original."""
    with open_store(store_path) as store:
        rows = store.conn.execute(
            "SELECT r.passage_id, p.start, p.end, d.text, r.original_document_id, r.original_passage_id,"
            " o.start, o.end, r.similarity FROM recycled_passages r JOIN passages p ON p.id = r.passage_id"
            " JOIN documents d ON d.id = r.document_id JOIN passages o ON o.id = r.original_passage_id"
            " WHERE r.document_id = ? ORDER BY p.start",
            (document_id,),
        ).fetchall()
    return [
        RecycledPassage(int(pid), s, e, text[s:e], int(od), int(op), os_, oe, float(sim))
        for pid, s, e, text, od, op, os_, oe, sim in rows
    ]
