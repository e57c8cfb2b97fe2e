"""Near-duplicate paragraphs: the later report's copy is background, linked to the original."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from watchfloor.corroborate import recycled_passages
from watchfloor.corroborate.shingles import from_blob, long_enough, signature, similarity, to_blob
from watchfloor.store import open_store

SHARED = (
    "The harbour authority closed the northern container terminal for three days after a fire broke"
    " out in a warehouse storing lithium batteries, and ships were diverted to the southern quay."
)
EDITED = SHARED.replace("three days", "four days")  # one figure changed, as an update does
OWN_A = (
    "Port workers said the terminal's cranes were undamaged, but insurers have asked for an"
    " independent survey of the sprinkler system before any cargo is handled there again."
)
OWN_B = (
    "Meanwhile the city council approved a budget for new cycling lanes along the river, a plan"
    " residents had debated for most of the past decade without reaching agreement."
)


def test_signatures_survive_the_store_and_ignore_short_text() -> None:
    a, b = signature(SHARED), signature(EDITED)
    assert similarity(from_blob(to_blob(a)), b) == similarity(a, b) >= 0.7
    assert similarity(a, signature(OWN_B)) < 0.2
    assert not long_enough("Attack on Tower 22") and long_enough(SHARED)


def test_recycled_paragraph_is_background_in_the_later_report_only(
    tmp_path: Path,
    store_location: str,
    write: Callable[[str, str], Path],
    report: Callable[..., str],
    ingest: Callable[..., dict[str, int]],
) -> None:
    early = write("early.txt", report("2024-01-10", "Harbour Post", SHARED, OWN_A))
    late = write("late.txt", report("2024-01-12", "Coast Daily", EDITED, OWN_B))
    db = store_location
    ids = ingest(db, late, early)  # the later report is ingested first: publication date decides
    assert recycled_passages(db, ids["early.txt"]) == []
    (found,) = recycled_passages(db, ids["late.txt"])
    assert found.text.startswith("The harbour authority") and found.original_document_id == ids["early.txt"]
    assert found.similarity >= 0.7
    with open_store(db) as store:
        original = store.get_document(ids["early.txt"])
        assert original is not None
        assert original.document.text[found.original_start : found.original_end] == SHARED


def test_unrelated_paragraphs_are_not_background(
    tmp_path: Path,
    store_location: str,
    write: Callable[[str, str], Path],
    report: Callable[..., str],
    ingest: Callable[..., dict[str, int]],
) -> None:
    db = store_location
    ids = ingest(
        db, write("a.txt", report("2024-01-10", "A", OWN_A)), write("b.txt", report("2024-01-11", "B", OWN_B))
    )
    assert recycled_passages(db, ids["a.txt"]) == recycled_passages(db, ids["b.txt"]) == []


def test_demo_updates_12_and_13_share_a_recycled_paragraph(
    tmp_path: Path, ingest: Callable[..., dict[str, int]]
) -> None:
    demo = Path(__file__).resolve().parents[2] / "src" / "watchfloor" / "data" / "demo"
    files = [next(demo.glob("12_*")), next(demo.glob("13_*"))]
    db = tmp_path / "demo.db"
    ids = ingest(db, *reversed(files))
    found = recycled_passages(db, ids[files[1].name])
    assert found and all(p.original_document_id == ids[files[0].name] for p in found)
    assert recycled_passages(db, ids[files[0].name]) == []
