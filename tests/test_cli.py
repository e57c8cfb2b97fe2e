"""The commands as a user runs them, on real files and a real SQLite store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchfloor.cli import app

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env)


def test_ingest_is_idempotent_and_says_so(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    first = run("ingest", str(seeds_dir), "--db", db)
    assert first.exit_code == 0, first.output
    assert "5 new, 0 unchanged, 0 failed" in first.output
    again = run("ingest", str(seeds_dir / "*.txt"), "--db", db)
    assert again.exit_code == 0
    assert "0 new, 5 unchanged, 0 failed" in again.output


def test_the_store_location_comes_from_the_environment(seed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "from-env.db"
    result = run("ingest", str(seed("001")), env={"WATCHFLOOR_DB": str(db)})
    assert result.exit_code == 0 and db.exists()
    found = run("search", "Khrenin", env={"WATCHFLOOR_DB": str(db)})
    assert "Iran Update, July 31, 2023" in found.output


def bad_inputs(folder: Path) -> dict[str, str]:
    """File name -> a word the failure line must contain."""
    folder.mkdir()
    (folder / "good.txt").write_text("Desk Note, May 2, 2024\n\nA ministry signed a grain deal.\n")
    (folder / "empty.txt").write_text("")
    (folder / "blank.md").write_text("   \n\n  \n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "huge.txt").write_text("word " * 5000)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
    (folder / "bad-front.md").write_text("---\ntitle: [unclosed\n---\nBody text here.\n")
    return {"empty.txt": "empty", "blank.md": "empty", "binary.txt": "binary", "huge.txt": "limit"}


def test_bad_input_gets_one_clear_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", str(tmp_path / "w.db")
    expected = bad_inputs(folder)
    result = run("ingest", str(folder), "--db", db, "--max-bytes", "20000")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(lines) == 6, result.output
    for name, word in expected.items():
        line = next(line for line in lines if name in line)
        assert word in line.lower(), line
    assert any("broken.pdf" in line for line in lines) and any("bad-front.md" in line for line in lines)
    assert "1 new, 0 unchanged, 6 failed" in result.output
    assert "A ministry signed" in run("search", "grain deal", "--db", db).output


def test_a_missing_path_is_named(tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "nowhere.txt"), "--db", str(tmp_path / "w.db"))
    assert result.exit_code == 1
    assert "nowhere.txt" in result.output and "0 new, 0 unchanged, 1 failed" in result.output


def test_a_corrupt_store_is_refused_without_touching_it(tmp_path: Path, seed) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "w.db"
    db.write_bytes(b"not a database at all " * 64)
    result = run("ingest", str(seed("000")), "--db", str(db))
    assert result.exit_code == 2
    assert "cannot open as a Watchfloor database" in result.output
    assert db.read_bytes().startswith(b"not a database")


def test_search_prints_highlighted_hits_and_survives_hostile_queries(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    run("ingest", str(seeds_dir), "--db", db)
    hits = run("search", "Kanopus", "--db", db, "--json")
    rows = [json.loads(line) for line in hits.output.splitlines()]
    assert rows and all("[Kanopus]" in r["snippet"] for r in rows)
    assert {r["document_name"] for r in rows} == {"003_5105c6a06058e308.txt"}
    dated = run("search", "drone", "--db", db, "--json", "--since", "2023-07", "--until", "2023-07-31")
    assert {json.loads(line)["published"] for line in dated.output.splitlines()} == {"2023-07-31"}
    for query in ['"unbalanced', "drone AND", "(((", "NEAR(", "Shahed-136", "-", "*"]:
        result = run("search", query, "--db", db)
        assert result.exit_code == 0, (query, result.output)


def test_extract_json_scores_perfect_citations_and_dates(
    seeds_dir: Path, eval_dir: Path, tmp_path: Path
) -> None:
    result = run("extract", *sorted(str(p) for p in seeds_dir.glob("*.txt")), "--json")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["doc"]["id"] for r in records] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert all(set(r) >= {"doc", "entities", "places", "events", "citations"} for r in records)
    system = tmp_path / "system.jsonl"
    system.write_text(result.output)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(p.read_text() for p in sorted(eval_dir.glob("gold_*.jsonl"))))
    scored = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), str(system), str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(scored.stdout)
    assert figures["citations"]["f1"] == 1.0
    assert figures["published"]["acc"] == 1.0


@pytest.mark.parametrize("command", ["ingest", "search", "extract", "demo", "bench"])
def test_every_command_explains_itself(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.output


def test_search_does_not_create_a_store_where_there_is_none(tmp_path: Path) -> None:
    result = run("search", "drone", "--db", str(tmp_path / "typo.db"))
    assert result.exit_code == 2 and "no store here" in result.output
    assert not (tmp_path / "typo.db").exists()
