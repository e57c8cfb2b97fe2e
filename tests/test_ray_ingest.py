"""Ingest on a local Ray cluster (2 CPUs) stores what a local ingest stores, from the library and
the CLI; a task that keeps failing is retried, then fails its document alone. Skipped when the
`ray` extra is not installed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install -e '.[ray]')")

from typer.testing import CliRunner  # noqa: E402

import watchfloor  # noqa: E402
from watchfloor.cli import app  # noqa: E402
from watchfloor.ingest import ingest  # noqa: E402
from watchfloor.models import Document, Layout  # noqa: E402
from watchfloor.nlp.types import Extraction  # noqa: E402
from watchfloor.ray_ingest import RETRIES, _extract_one, ingest_sources_ray  # noqa: E402
from watchfloor.record import stored_record  # noqa: E402
from watchfloor.settings import Settings  # noqa: E402
from watchfloor.store import open_store  # noqa: E402

DEMO = Path(watchfloor.__file__).parent / "data" / "demo"
FILES = ["11_wire-2024-01-28.txt", "17_wire-2024-06-05.txt", "03_update-2023-03-10.txt"]


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    """A local cluster of 2 CPUs whose workers import this checkout's watchfloor."""
    package_root = str(Path(watchfloor.__file__).resolve().parents[1])
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        runtime_env={"env_vars": {"PYTHONPATH": package_root, "OPENBLAS_NUM_THREADS": "1"}},
    )
    yield
    ray.shutdown()


@pytest.fixture
def sources(tmp_path: Path) -> list[str]:
    paths = []
    for name in FILES:
        shutil.copy(DEMO / name, tmp_path / name)
        paths.append(str(tmp_path / name))
    paths.append(paths[0])  # the same text twice: stored once
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    paths.append(str(tmp_path / "empty.txt"))  # unreadable: its failure, the batch goes on
    return paths


def _records(db: Path) -> dict[str, object]:
    with open_store(db) as store:
        keys = dict(store.conn.execute("SELECT id, key FROM documents").fetchall())
        clusters = store.conn.execute("SELECT count(*) FROM event_clusters").fetchone()[0]
        return {"clusters": clusters, **{keys[i]: stored_record(store, i) for i in store.document_ids()}}


def test_ray_ingest_stores_what_a_local_ingest_stores(
    cluster: None, sources: list[str], tmp_path: Path
) -> None:
    settings = Settings(db_path=tmp_path / "ray.db")
    with open_store(tmp_path / "local.db") as store:
        local = list(ingest(sources, store, Settings(db_path=tmp_path / "local.db")))
    with open_store(settings.db_path) as store:
        results = list(ingest_sources_ray(sources, store, settings, address="auto"))
    outcomes = [o for r in results for o in r.outcomes]
    expected = ["new", "new", "new", "unchanged", "failed"]
    assert [o.status for o in outcomes] == [o.status for o in local] == expected
    assert outcomes[-1].message == local[-1].message
    ray_records = _records(settings.db_path)
    assert ray_records == _records(tmp_path / "local.db")
    assert sum(len(r["events"]) for k, r in ray_records.items() if k != "clusters") > 0  # type: ignore[index,arg-type]
    with open_store(settings.db_path) as store:  # idempotent: a second run changes nothing
        again = [o for r in ingest_sources_ray(sources, store, settings) for o in r.outcomes]
    assert [o.status for o in again] == ["unchanged"] * 4 + ["failed"]
    assert _records(settings.db_path) == ray_records


def _failing(document: Document, layout: Layout) -> Extraction:
    """Fails on the document that says POISON (counting attempts in a file next to it)."""
    if "POISON" in document.text:
        with Path(document.source).with_suffix(".tally").open("a") as out:
            out.write("attempt\n")
        raise RuntimeError("poisoned text")
    return _extract_one(document, layout)


def test_a_failing_task_is_retried_then_fails_its_document_alone(
    cluster: None, sources: list[str], tmp_path: Path
) -> None:
    poison = tmp_path / "poison.txt"
    poison.write_text("Desk Note, May 2, 2024\n\nPOISON in this report.\n", encoding="utf-8")
    settings = Settings(db_path=tmp_path / "ray.db")
    with open_store(settings.db_path) as store:
        outcomes = [
            o
            for r in ingest_sources_ray([str(poison), sources[0]], store, settings, work=_failing)
            for o in r.outcomes
        ]
    assert [o.status for o in outcomes] == ["failed", "new"]
    assert "poisoned text" in (outcomes[0].message or "")
    assert (tmp_path / "poison.tally").read_text().count("attempt") == RETRIES + 1


def test_cli_ingest_on_ray(cluster: None, sources: list[str], tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["ingest", "--ray", "auto", "--db", str(db), *sources[:2]])
    assert result.exit_code == 0, result.output
    assert "2 new, 0 unchanged, 0 failed" in result.output
    with open_store(db) as store:
        assert store.stats().documents == 2 and store.stats().events > 0
