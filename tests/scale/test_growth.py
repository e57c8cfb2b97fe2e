"""`bench --growth`: the store grows to each size and real documents are ingested (not skipped)
at every size, on a fresh store and on one an earlier run grew."""

from __future__ import annotations

from pathlib import Path

from watchfloor.demo import demo_corpus_dir
from watchfloor.scale.growth import growth
from watchfloor.settings import Settings
from watchfloor.store import open_store


def test_growth_times_real_ingests_at_each_size_even_on_a_grown_store(tmp_path: Path) -> None:
    text = str(sorted(demo_corpus_dir().glob("*.txt"))[0])
    db = tmp_path / "growth.db"
    first = growth([text], db, Settings.from_env(), sizes=(30, 60))
    assert [p.stored for p in first] == [30, 60]
    assert all(p.documents == 1 and p.median_seconds > 0 for p in first)
    again = growth([text], db, Settings.from_env(), sizes=(60,))
    assert again[0].stored == 61 and again[0].documents == 1
    with open_store(db) as store:
        assert len(store.document_ids()) == 62  # ingested anew, not skipped as already stored
