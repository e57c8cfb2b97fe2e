"""Same story, many reports: near-duplicate paragraphs across documents (the later copy is
`background`, linked to the original) and event clusters (one event reported by several
documents, with how many independent outlets back it). Updated at ingest; read with the API below."""

from __future__ import annotations

from watchfloor.corroborate.api import (
    Cluster,
    ClusterDocument,
    ClusterEvent,
    RecycledPassage,
    cluster,
    clusters_for_document,
    recycled_passages,
)
from watchfloor.corroborate.run import corroborate_document_of, corroborate_pending, corroborate_store

__all__ = [
    "Cluster",
    "ClusterDocument",
    "ClusterEvent",
    "RecycledPassage",
    "cluster",
    "clusters_for_document",
    "corroborate_document_of",
    "corroborate_pending",
    "corroborate_store",
    "recycled_passages",
]
