"""Watches end to end: real ingest, real SMTP and HTTP receivers, the Atom feed over the web app.

The watches here take every event whatever its confidence (`min_confidence=0.0`): they test
matching and delivery; tests/watch/test_watch_confidence.py tests the confidence minimum."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import feedparser
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.store import open_store
from watchfloor.watch import Watch, add_watch, digest, make_watch
from watchfloor.web import create_app

from .conftest import (
    BORDER_SHELLING,
    BORDER_SHELLING_AGAIN,
    DENIED_DRONES,
    MAYBE_MISSILES,
    NOTES,
    Hook,
    Mailbox,
    free_port,
    ingest_files,
    report,
)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

Write = Callable[[str, str], Path]


def save(db: Path | str, *watches: Watch) -> None:
    with open_store(db) as store:
        for watch in watches:
            add_watch(store.conn, watch)


def alerts(db: Path | str, name: str) -> list[tuple[str, str | None, str | None]]:
    """(certainty, delivered_at, error) of each alert of the watch."""
    with open_store(db) as store:
        return store.conn.execute(
            "SELECT e.certainty, a.delivered_at, a.error FROM alerts a JOIN watches w ON w.id = a.watch_id"
            " JOIN events e ON e.id = a.event_id WHERE w.name = ? ORDER BY a.id",
            (name,),
        ).fetchall()


def test_immediate_email_webhook_and_feed_then_no_second_alert_for_the_same_event(
    store_location: str, write: Write, smtp: Mailbox, webhook: Hook
) -> None:
    db = store_location
    save(
        db,
        make_watch("border-mail", countries=["ltu"], email="analyst@example.test", min_confidence=0.0),
        make_watch(
            "assault-hook",
            types=["assault"],
            min_certainty="attributed",
            webhook=webhook.url,
            min_confidence=0.0,
        ),
        make_watch("lithuania", entities=["Lithuania"], min_confidence=0.0),
        make_watch("superscript", entities=["\u00b2"], min_confidence=0.0),  # a digit to isdigit, no id
    )
    ingest_files(db, write("a.txt", report("2024-05-12", "Harbor Courier", BORDER_SHELLING, MAYBE_MISSILES)))

    (mail,) = smtp.messages
    assert mail["To"] == "analyst@example.test" and mail["From"] == "desk@watchfloor.test"
    assert "border-mail" in mail["Subject"] and "Druskininkai" in mail.get_content()
    (body,) = webhook.bodies
    assert body["watch"] == "assault-hook"
    (alert,) = body["alerts"]
    assert alert["type"] == "ASSAULT" and alert["certainty"] == "attributed" and alert["date"] == "2024-05-10"
    assert "Druskininkai" in alert["text"] and alert["reader_url"].endswith(
        f"/documents/{alert['document_id']}"
    )
    assert [a[1] is not None and a[2] is None for a in alerts(db, "assault-hook")] == [True]
    assert alerts(db, "superscript") == []

    client = TestClient(create_app(db))
    response = client.get("/feeds/watch/lithuania.atom")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.feed.title == "Watchfloor watch: lithuania"
    (entry,) = feed.entries
    assert "Druskininkai" in entry.summary and "certainty: attributed" in entry.summary
    assert entry.link.startswith("http://testserver/documents/")
    assert client.get("/feeds/watch/nobody.atom").status_code == 404

    ingest_files(db, write("b.txt", report("2024-05-13", "Baltic Signal", BORDER_SHELLING_AGAIN)))
    assert len(smtp.messages) == 1 and len(webhook.bodies) == 1
    for name in ("border-mail", "assault-hook", "lithuania"):
        assert len(alerts(db, name)) == 1, name


def test_certainty_minimum_and_denied(store_location: str, write: Write) -> None:
    db = store_location
    save(
        db,
        make_watch(
            "sure-only", types=["AID"], countries=["VEN"], min_certainty="asserted", min_confidence=0.0
        ),
        make_watch("any-aid", types=["AID"], min_confidence=0.0),
        make_watch("aid-and-denials", types=["AID"], include_denied=True, min_confidence=0.0),
    )
    text = report("2024-05-12", "Harbor Courier", MAYBE_MISSILES, DENIED_DRONES, NOTES)
    ingest_files(db, write("a.txt", text))
    assert alerts(db, "sure-only") == []
    assert [a[0] for a in alerts(db, "any-aid")] == ["possible"]
    assert sorted(a[0] for a in alerts(db, "aid-and-denials")) == ["denied", "possible"]


def test_daily_watch_sends_one_digest_then_nothing(store_location: str, write: Write, smtp: Mailbox) -> None:
    db = store_location
    save(
        db,
        make_watch(
            "morning", min_certainty="possible", email="desk@example.test", daily=True, min_confidence=0.0
        ),
    )
    ingest_files(
        db, write("a.txt", report("2024-05-12", "Harbor Courier", BORDER_SHELLING, MAYBE_MISSILES, NOTES))
    )
    assert smtp.messages == [] and len(alerts(db, "morning")) == 2
    with open_store(db) as store:
        (result,) = digest(store.conn)
        assert result.alerts == 2 and result.error is None
        (mail,) = smtp.messages
        text = mail.get_content()
        assert "Druskininkai" in text and "ballistic missiles" in text
        assert "note: https://example.org/harbor/missiles" in text
        (again,) = digest(store.conn)
    assert again.alerts == 0 and len(smtp.messages) == 1


def test_a_webhook_that_fails_is_recorded_and_the_ingest_goes_on(store_location: str, write: Write) -> None:
    db = store_location
    dead_end = f"http://127.0.0.1:{free_port()}/nothing-listens"
    save(db, make_watch("dead-end", webhook=dead_end, min_confidence=0.0))
    ingest_files(db, write("a.txt", report("2024-05-12", "Harbor Courier", BORDER_SHELLING)))
    ((certainty, delivered, error),) = alerts(db, "dead-end")
    assert certainty == "attributed" and delivered is None and error is not None and "Connect" in error


def test_cli_add_list_remove(store_location: str) -> None:
    db = store_location
    runner = CliRunner()
    added = runner.invoke(
        app,
        ["watch", "add", "drones", "--type", "AID", "--keyword", "drones", "--daily", "--atom", "--db", db],
    )
    assert added.exit_code == 0, added.output
    assert runner.invoke(app, ["watch", "add", "drones", "--db", db]).exit_code == 2  # name taken
    bad = runner.invoke(app, ["watch", "add", "x", "--min-certainty", "rumoured", "--db", db])
    assert bad.exit_code == 2
    listed = runner.invoke(app, ["watch", "list", "--db", db])
    assert "drones" in listed.output and "type=AID" in listed.output and "daily" in listed.output
    assert runner.invoke(app, ["watch", "digest", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["watch", "remove", "drones", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["watch", "remove", "drones", "--db", db]).exit_code == 1
