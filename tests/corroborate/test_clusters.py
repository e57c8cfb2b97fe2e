"""Event clusters: one event reported by several documents, with its independent outlets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.corroborate import Cluster, cluster, clusters_for_document
from watchfloor.corroborate.matching import dates_agree

SHELLING = "Russian forces shelled the Ukrainian city of Kharkiv on July 30, 2023, officials said."
SHELLING_OTHER = (
    "Two apartment blocks burned overnight. According to the regional governor, Russian forces shelled"
    " the Ukrainian city of Kharkiv on July 30, 2023, and rescuers were still searching the rubble."
)
SHELLING_NEXT_DAY = "Russian forces shelled the Ukrainian city of Kharkiv on July 31, 2023, officials said."
SHELLING_MONTH = (
    "In July 2023 Russian forces shelled the Ukrainian city of Kharkiv, its mayor told reporters."
)
FILLER = "Electricity was restored to most districts by the evening, the local energy company said."

Write = Callable[[str, str], Path]
Report = Callable[..., str]
Ingest = Callable[..., dict[str, int]]


def shared(db: Path, ids: dict[str, int], first: str, second: str) -> list[Cluster]:
    """The clusters that hold events of both documents."""
    found = clusters_for_document(db, ids[first], min_documents=2)
    return [c for c in found if {ids[first], ids[second]} <= {d.document_id for d in c.documents}]


def test_dates_agree_at_their_common_precision() -> None:
    assert dates_agree("2023-07", "2023-07-31") and dates_agree("2023", "2023-07")
    assert not dates_agree("2023-07-30", "2023-07-31") and not dates_agree(None, "2023-07")


def test_same_event_in_two_outlets_is_one_cluster_with_two_independent_outlets(
    tmp_path: Path, store_location: str, write: Write, report: Report, ingest: Ingest
) -> None:
    a = write("a.txt", report("2023-07-31", "Kyiv Ledger", SHELLING, FILLER))
    b = write("b.txt", report("2023-08-01", "Border Wire", SHELLING_OTHER))
    db = store_location
    ids = ingest(db, a, b)
    (found,) = shared(db, ids, "a.txt", "b.txt")
    assert found.type == "ASSAULT" and found.date == "2023-07-30"
    assert found.outlets == ["Border Wire", "Kyiv Ledger"] and found.independent == 2
    again = cluster(db, found.id)
    assert again is not None and [e.event_id for e in again.events] == [e.event_id for e in found.events]


def test_one_outlets_text_copied_in_two_documents_is_one_independent_source(
    tmp_path: Path, store_location: str, write: Write, report: Report, ingest: Ingest
) -> None:
    a = write("a.txt", report("2023-07-31", "Kyiv Ledger", SHELLING, FILLER))
    b = write("b.txt", report("2023-08-01", "Kyiv Ledger", SHELLING, "The city's schools stayed closed."))
    db = store_location
    ids = ingest(db, a, b)
    (found,) = shared(db, ids, "a.txt", "b.txt")
    assert len(found.documents) == 2 and found.independent == 1


def test_same_type_and_dyad_on_different_days_are_two_clusters(
    tmp_path: Path, store_location: str, write: Write, report: Report, ingest: Ingest
) -> None:
    a = write("a.txt", report("2023-07-31", "Kyiv Ledger", SHELLING))
    b = write("b.txt", report("2023-08-01", "Border Wire", SHELLING_NEXT_DAY))
    db = store_location
    ids = ingest(db, a, b)
    assert shared(db, ids, "a.txt", "b.txt") == []
    dates = {c.date for name in ("a.txt", "b.txt") for c in clusters_for_document(db, ids[name])}
    assert {"2023-07-30", "2023-07-31"} <= dates


def test_dates_at_different_precisions_that_agree_are_one_cluster(
    tmp_path: Path, store_location: str, write: Write, report: Report, ingest: Ingest
) -> None:
    a = write("a.txt", report("2023-07-31", "Kyiv Ledger", SHELLING))
    b = write("b.txt", report("2023-08-05", "Border Wire", SHELLING_MONTH))
    db = store_location
    ids = ingest(db, a, b)
    (found,) = shared(db, ids, "a.txt", "b.txt")
    assert found.date == "2023-07-30" and found.independent == 2


def test_a_report_published_before_an_event_is_not_one_of_its_reports(
    tmp_path: Path, store_location: str, write: Write, report: Report, ingest: Ingest
) -> None:
    # "in 2023" agrees with July 30 at its precision, but a report of June 1 cannot tell of it
    vague = "In 2023 Russian forces shelled the Ukrainian city of Kharkiv, officials said."
    a = write("a.txt", report("2023-06-01", "Kyiv Ledger", vague))
    b = write("b.txt", report("2023-08-01", "Border Wire", SHELLING))
    c = write("c.txt", report("2023-08-02", "Steppe Post", vague, FILLER))
    db = store_location
    ids = ingest(db, a, b, c)
    assert shared(db, ids, "a.txt", "b.txt") == []
    assert len(shared(db, ids, "b.txt", "c.txt")) == 1  # published after it: it may be


def _shape(db: Path, ids: dict[str, int]) -> set[frozenset[tuple[str, str]]]:
    names = {v: k for k, v in ids.items()}
    return {
        frozenset((names[e.document_id], e.text) for e in c.events)
        for i in ids.values()
        for c in clusters_for_document(db, i)
    }


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_incremental_ingest_gives_the_clusters_of_one_batch(
    tmp_path: Path, write: Write, report: Report, ingest: Ingest, order: str
) -> None:
    files = {
        "a.txt": write("a.txt", report("2023-07-31", "Kyiv Ledger", SHELLING, SHELLING_NEXT_DAY)),
        "b.txt": write("b.txt", report("2023-08-05", "Border Wire", SHELLING_MONTH, SHELLING_OTHER)),
    }
    batch = ingest(tmp_path / "batch.db", *files.values())
    ids: dict[str, int] = {}
    for name in order:  # one ingest run each, the second later on
        ids.update(ingest(tmp_path / "steps.db", files[f"{name}.txt"]))
    shape = _shape(tmp_path / "batch.db", batch)
    assert any(len({name for name, _ in c}) == 2 for c in shape)  # a cluster spans both reports
    assert _shape(tmp_path / "steps.db", ids) == shape


def test_a_meeting_told_from_either_side_is_one_cluster(
    tmp_path: Path, store_location: str, write: Write, report: Report, ingest: Ingest
) -> None:
    hosted = (
        "Qatari Emir Tamim bin Hamad Al Thani hosted Turkish President Recep Tayyip Erdogan"
        " in Doha on March 13."
    )
    met = (
        "Turkish President Recep Tayyip Erdogan met Qatari Emir Tamim bin Hamad Al Thani in Doha on March 13."
    )
    attacked = "Turkey attacked Qatar on March 13."  # not an act done together: direction matters
    attacked_back = "Qatar attacked Turkey on March 13."
    a = write("a.txt", report("2024-03-14", "Gulf Monitor", hosted, attacked))
    b = write("b.txt", report("2024-03-14", "Levant Wire", met, attacked_back))
    db = store_location
    ids = ingest(db, a, b)
    (found,) = shared(db, ids, "a.txt", "b.txt")
    assert found.type == "CONSULT" and found.independent == 2
