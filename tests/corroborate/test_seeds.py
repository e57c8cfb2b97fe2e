"""On the real seed reports: 000 and 001 share paragraphs and events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from watchfloor.corroborate import clusters_for_document, recycled_passages


def test_seeds_000_and_001_share_paragraphs_and_events(
    tmp_path: Path, seed: Callable[[str], Path], ingest: Callable[..., dict[str, int]]
) -> None:
    first, second = seed("000"), seed("001")
    db = tmp_path / "seeds.db"
    ids = ingest(db, first, second)
    a, b = ids[first.name], ids[second.name]
    later = recycled_passages(db, b)  # same publication date: the later-ingested one is the copy
    assert later and all(p.original_document_id == a for p in later)
    assert recycled_passages(db, a) == []
    spanning = [
        c for c in clusters_for_document(db, a, min_documents=2) if b in {d.document_id for d in c.documents}
    ]
    assert spanning
