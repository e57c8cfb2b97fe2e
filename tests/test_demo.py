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
    runner = CliRunner(env={"COLUMNS": "120"})
    first = runner.invoke(app, ["demo", "--db", str(db)])
    assert first.exit_code == 0, first.output
    counts = re.search(r"(\d+) new, 0 unchanged, 0 failed", first.output)
    assert counts and 10 <= int(counts.group(1)) <= 20
    again = runner.invoke(app, ["demo", "--db", str(db)])  # fresh again, not "unchanged"
    assert f"{counts.group(1)} new, 0 unchanged, 0 failed" in again.output
    for heading in ("entities", "places", "events", "Top event types"):
        assert heading in again.output, heading

    conn = sqlite3.connect(db)
    formats = {row[0] for row in conn.execute("SELECT DISTINCT format FROM documents")}
    assert {"html", "pdf"} <= formats and formats & {"text", "markdown"}
    undated = conn.execute("SELECT name FROM documents WHERE published IS NULL").fetchall()
    assert undated == []
    assert conn.execute("SELECT count(*) FROM citations WHERE defanged = 1").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM citations WHERE foreign_domain = 1").fetchone()[0] > 0
    # the demo store holds what extraction found, and its summary says how much
    assert conn.execute("SELECT count(*) FROM documents WHERE extracted_at IS NULL").fetchone()[0] == 0
    stored = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("entities", "places", "events")
    }
    assert all(stored.values()), stored
    top_type = conn.execute("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC, type").fetchone()[
        0
    ]
    assert re.search(rf"│ {top_type} +│ \d+", again.output)
    conn.close()


def test_the_corpus_ships_inside_the_package() -> None:
    shipped = {p.suffix for p in demo_corpus_dir().iterdir()}
    assert {".html", ".pdf"} <= shipped
