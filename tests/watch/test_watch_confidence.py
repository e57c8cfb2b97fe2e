"""A watch alerts only on events of at least its minimum confidence (the confident ones unless told):
events stored with confidences the test chooses, matched as every ingest matches them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.errors import ConfigError
from watchfloor.nlp.types import Entity, Event
from watchfloor.settings import CONFIDENT
from watchfloor.store import open_store
from watchfloor.store.migrations import MIGRATIONS
from watchfloor.watch import add_watch, find_watch, make_watch, match_new_events

StoreReport = Callable[..., list[int]]
CONFIDENCES = (0.1, 0.29, CONFIDENT, 0.9, 0.97)


def aid(confidence: float) -> Event:
    text = f"Iran delivered drones to Russia, batch {int(confidence * 100)}."
    return Event(
        type="AID", mode=None, actor="Iran", actor_country="IRN", recipient="Russia", recipient_country="RUS",
        date="2024-05-01", place=None, certainty="asserted", source=None, text=text, start=0, end=0,
        trigger="delivered", confidence=confidence,
    )  # fmt: skip


ENTITIES = [
    Entity("state:IRN", "Iran", "GPE", "IRN", mentions=["Iran"], kb_key="state:IRN"),
    Entity("state:RUS", "Russia", "GPE", "RUS", mentions=["Russia"], kb_key="state:RUS"),
]


def alerted(db: Path, name: str) -> list[float]:
    """The confidences of the events a watch alerted on."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.confidence FROM alerts a JOIN watches w ON w.id = a.watch_id"
            " JOIN events e ON e.id = a.event_id WHERE w.name = ? ORDER BY e.confidence",
            (name,),
        )
        return [float(r[0]) for r in rows]


def test_alerts_skip_events_below_the_watch_minimum(tmp_path: Path, store_report: StoreReport) -> None:
    db = tmp_path / "w.db"
    with open_store(db) as store:
        for watch in (
            make_watch("confident-aid", types=["AID"]),
            make_watch("every-aid", types=["AID"], min_confidence=0),
            make_watch("sure-aid", types=["AID"], min_confidence=0.95),
        ):
            add_watch(store.conn, watch)
        store_report(store, [aid(c) for c in CONFIDENCES], entities=ENTITIES)
        match_new_events(store.conn)
    assert alerted(db, "confident-aid") == [CONFIDENT, 0.9, 0.97]
    assert alerted(db, "every-aid") == list(CONFIDENCES)
    assert alerted(db, "sure-aid") == [0.97]


def test_the_minimum_is_stored_and_defaults_to_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert make_watch("plain").min_confidence == CONFIDENT
    monkeypatch.setenv("WATCHFLOOR_MIN_CONFIDENCE", "0.55")
    with open_store(tmp_path / "w.db") as store:
        add_watch(store.conn, make_watch("from-env"))
        add_watch(store.conn, make_watch("given", min_confidence=0.8))
        found = [find_watch(store.conn, name) for name in ("from-env", "given")]
    assert [w.min_confidence for w in found if w is not None] == [0.55, 0.8]
    for bad in (-0.5, 1.01):
        with pytest.raises(ConfigError, match="minimum confidence"):
            make_watch("bad", min_confidence=bad)


def test_an_older_stores_watches_get_the_default_minimum(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        for script in MIGRATIONS[:4]:
            conn.executescript(script)
        conn.execute(
            "INSERT INTO watches (name, min_certainty, delivery, mode, created_at)"
            " VALUES ('kept', 'possible', 'atom', 'immediate', '2024-01-01')"
        )
        conn.execute("PRAGMA user_version = 4")
    with open_store(db) as store:
        kept = find_watch(store.conn, "kept")
    assert kept is not None and kept.min_confidence == CONFIDENT


def test_cli_add_takes_min_confidence_and_refuses_a_bad_one(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    added = runner.invoke(app, ["watch", "add", "strict", "--min-confidence", "0.6", "--db", db])
    assert added.exit_code == 0, added.output
    assert "confidence>=0.6" in runner.invoke(app, ["watch", "list", "--db", db]).output
    for bad in ("1.5", "-0.1", "sure"):
        refused = runner.invoke(app, ["watch", "add", "bad", "--min-confidence", bad, "--db", db])
        assert refused.exit_code == 2 and "--min-confidence" in refused.output, refused.output
