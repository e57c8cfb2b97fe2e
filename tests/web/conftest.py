"""One real store for the web tests, built once per session: the demo corpus (read, laid out and
extracted by the library, as `watchfloor demo` does), a hostile report ingested the same way, and
a crafted document whose every field (entity and place names, titles, note URLs) is hostile."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from watchfloor.demo import demo_sources
from watchfloor.ingest import ingest
from watchfloor.models import Citation, Document, Layout, Passage
from watchfloor.nlp.types import Entity, Event, Extraction, Place
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.web import create_app

with warnings.catch_warnings():  # Starlette's notice that its client moves to httpx2; httpx is pinned
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

HOSTILE_REPORT = """---
title: "<script>alert('title')</script> Hostile Desk Note"
source: "<img src=x onerror=alert('outlet')>"
url: "javascript:alert('url')"
published: 2024-03-01
authors: ["<b>Mallory</b>"]
---
Hostile Desk Note, March 1, 2024

Iran signed a drone agreement with Belarus in Minsk on March 1, 2024 <script>alert(1)</script>.[1]

Iran supplied Shahed drones to Russia <img src=x onerror=alert(1)> in February 2024, officials said.[2]

Notes

[1] https://example.org/report?a=<script>alert(2)</script>
[2] javascript:alert(3)
"""

HOSTILE_NAME = "<script>alert('entity')</script>"
HOSTILE_MENTION = "<img src=x onerror=alert('mention')> Brigade"
HOSTILE_PLACE = "<svg onload=alert('place')>"
CRAFTED_SENTENCE = f"The {HOSTILE_MENTION} struck a depot near Qusayr on March 2.[1]"
CRAFTED_TEXT = (
    "Crafted <script>alert('text')</script> report, March 2, 2024\n\n"
    f'{CRAFTED_SENTENCE} Officials said "<b>bold</b>" things.\n\nNotes\n\n'
    "[1] javascript:alert('note')\n"
)


@dataclass(frozen=True)
class WebStore:
    path: Path | str  # a SQLite file, or a PostgreSQL URL
    hostile_id: int  # the hostile report, ingested as any file is
    crafted_id: int  # the crafted document with hostile names
    crafted_entity_id: int


def _crafted() -> tuple[Document, Layout, Extraction]:
    text = CRAFTED_TEXT
    start = text.index(CRAFTED_SENTENCE)
    body_end = text.index("Notes")
    paragraph_end = text.index("\n", start)
    document = Document(
        text=text,
        source="/crafted/<b>x</b>.txt",
        name="crafted-<i>hostile</i>.txt",
        format="text",
        title="<script>alert('crafted title')</script>",
        published="2024-03-02",
        outlet="<img src=x onerror=alert('crafted outlet')>",
    )
    layout = Layout(
        body_end=body_end,
        citations=[
            Citation(
                "1", "javascript:alert('note')", "javascript:alert('note')", defanged=True, foreign=True
            ),
            Citation("1", 'https://example.org/x"><script>alert(9)</script>', "example.org", foreign=True),
        ],
        passages=[
            Passage("paragraph", 0, text.index("\n")),
            Passage("paragraph", start, paragraph_end, markers=("1",)),
        ],
    )
    end = start + len(CRAFTED_SENTENCE)
    extraction = Extraction(
        entities=[
            Entity(
                key="ORG:crafted",
                name=HOSTILE_NAME,
                type="ORG",
                country="IRN",
                title="<i>chief</i>",
                mentions=[HOSTILE_MENTION],
            )
        ],
        places=[
            Place("test:qusayr", HOSTILE_PLACE, "city", 34.5, 36.6, "SYR", mentions=["Qusayr"]),
        ],
        events=[
            Event(
                type="ASSAULT",
                mode=None,
                actor=HOSTILE_NAME,
                actor_country="IRN",
                recipient=None,
                recipient_country=None,
                date="2024-03-02",
                place=HOSTILE_PLACE,
                certainty="asserted",
                source="<b>officials</b>",
                text=CRAFTED_SENTENCE,
                start=start,
                end=end,
                markers=("1",),
                trigger="struck",
            )
        ],
    )
    return document, layout, extraction


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def web_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> WebStore:
    """The demo reports and the hostile ones, ingested into a SQLite store and a PostgreSQL one: every
    test of the web workspace runs on both."""
    root = tmp_path_factory.mktemp("web")
    report = root / "hostile-report.txt"
    report.write_text(HOSTILE_REPORT, encoding="utf-8")
    path: Path | str = root / "web.db"
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        path = server.new_database(server.template)
    with open_store(path) as store:
        outcomes = list(ingest([*demo_sources(), str(report)], store, Settings()))
        assert [o for o in outcomes if o.status == "failed"] == []
        hostile = next(o.document_id for o in outcomes if o.name == report.name)
        crafted = store.add_document(*_crafted())
        entity_id = store.conn.execute("SELECT id FROM entities WHERE name = ?", (HOSTILE_NAME,)).fetchone()[
            0
        ]
    assert hostile is not None
    return WebStore(path, hostile, crafted.document_id, int(entity_id))


@pytest.fixture(scope="session")
def client(web_store: WebStore) -> Iterator[TestClient]:
    with TestClient(create_app(web_store.path)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def iran_id(client: TestClient) -> int:
    found = client.get("/api/entities", params={"q": "Iran"}).json()["entities"]
    assert found and found[0]["name"] == "Iran", found
    return int(found[0]["id"])


@pytest.fixture(scope="session")
def api(client: TestClient) -> Callable[..., Any]:
    """api(url, **params) -> the JSON of a GET that must answer 200 with JSON."""

    def get(url: str, **params: Any) -> Any:
        response = client.get(url, params=params)
        assert response.status_code == 200, (url, params, response.text[:300])
        assert response.headers["content-type"].startswith("application/json")
        return response.json()

    return get


PASSWORD = "correct horse battery"  # every test user's password in `auth_store`


@dataclass(frozen=True)
class AuthStore:
    """A copy of the web store with users (so sign-in is on) and a bearer token for each role."""

    path: Path | str
    tokens: dict[str, str]  # role -> token of the user named after it


@pytest.fixture(scope="session")
def auth_store(
    request: pytest.FixtureRequest, web_store: WebStore, tmp_path_factory: pytest.TempPathFactory
) -> AuthStore:
    from watchfloor.store.copy import copy_store
    from watchfloor.store.credentials import create_token
    from watchfloor.store.users import add_user

    path: Path | str = tmp_path_factory.mktemp("auth") / "auth.db"
    if isinstance(web_store.path, str):  # PostgreSQL
        server = request.getfixturevalue("pg_server")
        path = server.new_database(server.template)
    copy_store(web_store.path, path)
    tokens = {}
    with open_store(path) as store:
        for role in ("reader", "analyst", "admin"):
            add_user(store.conn, role, PASSWORD, role)
            tokens[role] = create_token(store.conn, role, "tests")[1]
    return AuthStore(path, tokens)


@pytest.fixture(scope="session")
def auth_client(auth_store: AuthStore) -> Iterator[TestClient]:
    """A client of the app over `auth_store`, with no credentials of its own."""
    with TestClient(create_app(auth_store.path)) as test_client:
        yield test_client
