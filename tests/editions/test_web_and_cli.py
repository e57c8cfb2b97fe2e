"""The feed (parsed by feedparser), the archive and edition pages with sources linked to the
documents, and the commands: clear errors for bad addresses and profiles, one edition a day."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import feedparser
import pytest
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.editions import get_profile, make_edition
from watchfloor.store import open_store
from watchfloor.web import create_app

from .conftest import BASE_URL, Mailbox

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

runner = CliRunner()


def words(text: str) -> str:
    return " ".join(text.split())


def test_feed_archive_and_edition_pages(db: Path | str) -> None:
    with open_store(db) as store:
        profile = get_profile(store.conn, "desk")
        for day in (14, 15, 18):
            make_edition(store.conn, profile, date(2024, 3, day), BASE_URL)
    client = TestClient(create_app(db))

    response = client.get("/feeds/briefs/desk.atom")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.feed.title == "Desk Update"
    assert [e.title for e in feed.entries] == [f"Desk Update, March {d}, 2024" for d in (18, 15, 14)]
    newest = feed.entries[0]
    assert newest.link == "http://testserver/briefs/desk/2024-03-18"
    assert (
        "Venezuela" in newest.content[0].value
        and 'href="http://testserver/documents/' in newest.content[0].value
    )
    assert client.get("/feeds/briefs/nobody.atom").status_code == 404

    archive = client.get("/briefs/desk")
    assert archive.status_code == 200 and 'href="/briefs/desk/2024-03-14"' in archive.text
    assert 'type="application/atom+xml"' in archive.text
    page = client.get("/briefs/desk/2024-03-14")
    assert page.status_code == 200 and "Qatar" in page.text
    with open_store(db) as store:
        cited = {
            r[0]
            for r in store.conn.execute(
                "SELECT document_id FROM edition_sources s JOIN editions e ON e.id = s.edition_id"
                " WHERE e.day = '2024-03-14'"
            )
        }
    assert cited and all(f'href="/documents/{d}"' in page.text for d in cited)
    assert 'rel="next" href="/briefs/desk/2024-03-15"' in page.text
    for d in cited:
        assert client.get(f"/documents/{d}").status_code == 200
    assert client.get("/briefs/desk/2024-03-16").status_code == 404
    assert client.get("/briefs/desk/not-a-day").status_code == 404
    api = client.get("/api/briefs/desk/editions").json()
    assert [e["day"] for e in api["editions"]] == ["2024-03-18", "2024-03-15", "2024-03-14"]
    assert api["weekdays"] == "mon-fri" and api["feed"] == "/feeds/briefs/desk.atom"
    assert (
        client.get("/api/briefs/nobody/editions").json()["detail"]
        == "no brief profile named 'nobody' in this store"
    )
    one = client.get("/api/briefs/desk/editions/2024-03-18").json()
    assert one["brief"]["title"] == "Desk Update, March 18, 2024" and one["markdown"].startswith(
        "# Desk Update"
    )
    assert "/briefs/desk" in client.get("/editions").text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["subscribe", "add", "ana.example.org", "--profile", "desk"],
            "'ana.example.org' is not an e-mail address",
        ),
        (
            ["subscribe", "add", "ana@exa mple.org", "--profile", "desk"],
            "'ana@exa mple.org' is not an e-mail",
        ),
        (["subscribe", "add", "Ana <ana@example.org>", "--profile", "desk"], "is not an e-mail address"),
        (["subscribe", "add", "dee@example.org", "--profile", "dsk"], "no brief profile named 'dsk'"),
        (
            ["subscribe", "add", "ANA@Example.org", "--profile", "desk"],
            "ana@example.org is subscribed to 'desk'",
        ),
        (["subscribe", "remove", "dee@example.org"], "dee@example.org is not subscribed"),
        (["edition", "--profile", "dsk"], "no brief profile named 'dsk'"),
        (["edition", "--date", "2024-02-30"], "--date '2024-02-30'"),
        (["brief", "profile", "add", "desk"], "a brief profile named 'desk' exists already"),
        (["brief", "profile", "add", "x", "--weekdays", "weekends"], "'weekends' is not a day"),
    ],
)
def test_bad_addresses_and_profiles_are_refused_clearly(
    db: Path | str, arguments: list[str], message: str
) -> None:
    result = runner.invoke(app, [*arguments, "--db", str(db)])
    assert result.exit_code in (1, 2)
    assert message in words(result.output)


def test_the_commands_make_one_edition_a_day_and_mail_it_once(
    db: Path | str, smtp: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in smtp.env().items():
        monkeypatch.setenv(name, value)
    result = runner.invoke(app, ["subscribe", "add", "dee@example.org", "--profile", "desk", "--db", str(db)])
    assert result.exit_code == 0, result.output
    listed = words(runner.invoke(app, ["subscribe", "list", "--db", str(db)]).output)
    assert "dee@example.org desk since" in listed
    made = runner.invoke(app, ["edition", "--date", "2024-03-18", "--db", str(db)])
    assert made.exit_code == 0 and "desk 2024-03-18: Desk Update, March 18, 2024 made" in made.output
    again = runner.invoke(app, ["edition", "--date", "2024-03-18", "--db", str(db)])
    assert "exists already" in again.output
    saturday = runner.invoke(app, ["daily", "--date", "2024-03-16", "--db", str(db)])
    assert saturday.exit_code == 0 and "not due on Saturday: desk" in saturday.output
    assert len(smtp.messages) == 4  # Monday's edition, made by `edition`, mailed by the next run
    daily = runner.invoke(app, ["daily", "--date", "2024-03-18", "--db", str(db)])
    assert daily.exit_code == 0 and "exists already" in daily.output and len(smtp.messages) == 4
    profiles = words(runner.invoke(app, ["brief", "profile", "list", "--db", str(db)]).output)
    assert "desk Desk Update mon-fri confidence>=0" in profiles and "1 edition, 4 subscribers" in profiles
    backfill = runner.invoke(app, ["edition", "--date", "2024-03-14", "--archive-only", "--db", str(db)])
    assert backfill.exit_code == 0
    assert runner.invoke(app, ["mail", "--db", str(db)]).exit_code == 0 and len(smtp.messages) == 4
