"""`watchfloor demo` builds a fresh store from the shipped corpus, in every shape the genre has."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.demo import demo_corpus_dir


def test_demo_ingests_the_whole_corpus_into_a_fresh_store(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    runner = CliRunner()
    first = runner.invoke(app, ["demo", "--db", str(db)])
    assert first.exit_code == 0, first.output
    counts = re.search(r"(\d+) new, 0 unchanged, 0 failed", first.output)
    assert counts and 10 <= int(counts.group(1)) <= 20
    again = runner.invoke(app, ["demo", "--db", str(db)])  # fresh again, not "unchanged"
    assert f"{counts.group(1)} new, 0 unchanged, 0 failed" in again.output

    conn = sqlite3.connect(db)
    formats = {row[0] for row in conn.execute("SELECT DISTINCT format FROM documents")}
    assert {"html", "pdf"} <= formats and formats & {"text", "markdown"}
    undated = conn.execute("SELECT name FROM documents WHERE published IS NULL").fetchall()
    assert undated == []
    assert conn.execute("SELECT count(*) FROM citations WHERE defanged = 1").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM citations WHERE foreign_domain = 1").fetchone()[0] > 0
    conn.close()


def test_the_corpus_ships_inside_the_package() -> None:
    shipped = {p.suffix for p in demo_corpus_dir().iterdir()}
    assert {".html", ".pdf"} <= shipped
