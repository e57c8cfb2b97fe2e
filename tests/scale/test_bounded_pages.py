"""On a synthetic store with more events per entity than a page holds: the timeline counts every
event in its periods while it lists one page; the entity page lists its first events and a page
of documents with the true totals; every list pages by offset without gaps or repeats."""

from __future__ import annotations

import sqlite3
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from watchfloor.scale.build import build_store
from watchfloor.store.check import check_store
from watchfloor.store.entity_queries import entity_documents
from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.web import create_app
from watchfloor.web.pages import TIMELINE_PAGE

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pages") / "synthetic.db"
    build_store(path, passages=6000)
    return path


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as test_client:
        yield test_client


def _rows(store: Path, sql: str, *params: object) -> list[Any]:
    with sqlite3.connect(store) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def busiest(store: Path) -> int:
    """The entity acting in most events: far more than a page of them."""
    entity_id, n = _rows(store, "SELECT actor_id, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC LIMIT 1")[0]
    assert n > 60
    return int(entity_id)


def test_timeline_counts_every_event_and_lists_one_page(
    client: TestClient, store: Path, busiest: int
) -> None:
    body = client.get("/api/timeline", params={"actor": busiest, "limit": 20, "bucket": "month"}).json()
    by_month = Counter[tuple[str, str]]()
    for date, event_type, n in _rows(
        store, "SELECT date, type, count(*) FROM events WHERE actor_id = ? GROUP BY 1, 2", busiest
    ):
        by_month[(date[:7], event_type)] += n
    assert body["total"] == sum(by_month.values()) > 20
    assert body["total"] == sum(b["count"] for b in body["buckets"])
    assert {(b["bucket"], t): n for b in body["buckets"] for t, n in b["types"].items()} == dict(by_month)
    assert len(body["events"]) == 20 and body["truncated"] is True and body["offset"] == 0
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates) and all(e["actor_id"] == busiest for e in body["events"])


def test_timeline_pages_follow_on(client: TestClient, busiest: int) -> None:
    def page(limit: int, offset: int) -> list[int]:
        params = {"actor": busiest, "limit": limit, "offset": offset}
        return [e["id"] for e in client.get("/api/timeline", params=params).json()["events"]]

    assert page(10, 0) + page(10, 10) + page(10, 20) == page(30, 0)
    total = client.get("/api/timeline", params={"actor": busiest}).json()["total"]
    last = client.get("/api/timeline", params={"actor": busiest, "offset": total - 3}).json()
    assert len(last["events"]) == 3 and last["truncated"] is True  # events before this page


def test_timeline_page_lists_one_page_and_links_the_next(client: TestClient, busiest: int) -> None:
    total = client.get("/api/timeline", params={"actor": busiest}).json()["total"]
    size = TIMELINE_PAGE
    assert total > size  # more than a page of rows
    html = client.get("/timeline", params={"actor": busiest}).text
    assert f"Events 1–{size} of {total}" in html and html.count("<tr data-period=") == size
    assert f"offset={size}" in html and 'data-paged="yes"' in html
    second = client.get("/timeline", params={"actor": busiest, "offset": size}).text
    assert f"Events {size + 1}–" in second and "offset=0" in second
    assert client.get("/timeline", params={"offset": -1}).status_code == 400


def test_entity_lists_its_first_events_with_true_totals(
    client: TestClient, store: Path, busiest: int
) -> None:
    body = client.get(f"/api/entities/{busiest}", params={"limit": 10}).json()
    ((as_actor,),) = _rows(store, "SELECT count(*) FROM events WHERE actor_id = ?", busiest)
    ((as_recipient,),) = _rows(store, "SELECT count(*) FROM events WHERE recipient_id = ?", busiest)
    ((documents,),) = _rows(
        store, "SELECT count(DISTINCT document_id) FROM document_entities WHERE entity_id = ?", busiest
    )
    assert (body["as_actor_total"], body["as_recipient_total"], body["documents_total"]) == (
        as_actor,
        as_recipient,
        documents,
    )
    assert len(body["as_actor"]) == len(body["as_recipient"]) == len(body["documents"]) == 10
    first = client.get("/api/events", params={"actor": busiest, "limit": 10}).json()["events"]
    assert [e["id"] for e in body["as_actor"]] == [e["id"] for e in first]
    counted = {c["id"]: c for c in body["counterparts"]}
    for other, n in _rows(
        store,
        "SELECT recipient_id, count(*) FROM events WHERE actor_id = ? AND recipient_id != ? GROUP BY 1",
        busiest,
        busiest,
    ):
        if other in counted:
            assert counted[other]["as_recipient"] == n


def test_entity_documents_page_latest_first(client: TestClient, busiest: int) -> None:
    def page(limit: int, offset: int) -> list[dict[str, Any]]:
        params = {"limit": limit, "documents_offset": offset}
        found: list[dict[str, Any]] = client.get(f"/api/entities/{busiest}", params=params).json()[
            "documents"
        ]
        return found

    whole = page(30, 0)
    assert page(10, 0) + page(10, 10) + page(10, 20) == whole
    published = [d["published"] for d in whole]
    assert published == sorted(published, reverse=True)
    html = client.get(f"/entities/{busiest}").text
    assert "documents_offset=50" in html and f"/timeline?actor={busiest}" in html


def test_both_ways_to_the_latest_documents_agree(store: Path, busiest: int) -> None:
    queries = StoreQueries.open(store)
    try:
        for offset in (0, 7):
            walked = entity_documents(queries.conn, busiest, 10**9, 12, offset)  # walks the date index
            sorted_ = entity_documents(queries.conn, busiest, 0, 12, offset)  # sorts the entity's own
            assert walked == sorted_ and len(walked) == 12
    finally:
        queries.close()


@pytest.mark.parametrize("filter_name", ["", "country", "type"])
def test_events_page_by_offset(client: TestClient, store: Path, filter_name: str) -> None:
    filters = {}
    if filter_name:  # the commonest value, so that there are pages of it
        column = "actor_country" if filter_name == "country" else filter_name
        sql = f"SELECT {column} FROM events WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC"
        filters[filter_name] = _rows(store, sql)[0][0]

    def page(limit: int, offset: int) -> list[int]:
        params = {**filters, "limit": limit, "offset": offset}
        return [e["id"] for e in client.get("/api/events", params=params).json()["events"]]

    whole = page(45, 0)
    assert len(whole) == 45
    assert page(15, 0) + page(15, 15) + page(15, 30) == whole


def test_pages_run_on_from_the_dated_into_the_undated(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "undated.db"
    with sqlite3.connect(store) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute("UPDATE events SET date = NULL WHERE id % 4 = 0")
    queries = StoreQueries.open(copy)
    try:
        everything = [e.id for e in queries.events(EventFilters(limit=100000))]
        dated = queries.count(EventFilters(), ("date",))
        assert 0 < dated < len(everything)
        pages = [queries.events(EventFilters(limit=97, offset=o)) for o in range(0, len(everything), 97)]
        assert [e.id for page in pages for e in page] == everything
        beyond = queries.events(EventFilters(limit=5, offset=dated + 3))
        assert [e.id for e in beyond] == everything[dated + 3 : dated + 8]
        assert queries.events(EventFilters(offset=len(everything))) == []
    finally:
        queries.close()


def test_the_whole_archive_timeline_counts_every_dated_event(client: TestClient, store: Path) -> None:
    body = client.get("/api/timeline", params={"bucket": "year", "limit": 5}).json()
    by_year = Counter[tuple[str, str]]()
    for date, event_type, n in _rows(store, "SELECT date, type, count(*) FROM events GROUP BY 1, 2"):
        by_year[(date[:4], event_type)] += n
    assert {(b["bucket"], t): n for b in body["buckets"] for t, n in b["types"].items()} == dict(by_year)
    assert body["total"] == sum(by_year.values()) and len(body["events"]) == 5


def _kept_counts(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    return {
        (t, d): n for t, d, n in conn.execute("SELECT type, date, events FROM event_date_counts WHERE events")
    }


def _true_counts(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    sql = "SELECT type, date, count(*) FROM events WHERE date IS NOT NULL GROUP BY 1, 2"
    return {(t, d): n for t, d, n in conn.execute(sql)}


def test_counts_per_type_and_date_follow_every_write(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "writes.db"
    with sqlite3.connect(store) as source, sqlite3.connect(copy) as conn:
        source.backup(conn)
        conn.execute("PRAGMA foreign_keys = ON")  # what refers to a deleted event goes with it
        assert _kept_counts(conn) == _true_counts(conn)
        conn.execute("UPDATE events SET date = NULL WHERE id % 5 = 0")
        conn.execute("UPDATE events SET date = '2031-02-03' WHERE id % 7 = 0")
        conn.execute("UPDATE events SET type = 'NEWTYPE' WHERE id % 11 = 0")
        conn.execute("DELETE FROM events WHERE id % 13 = 0")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(events)") if r[1] not in ("id", "position")]
        names = ", ".join(columns)
        conn.execute(  # copies at new positions in their documents
            f"INSERT INTO events ({names}, position) SELECT {names}, position + 100000 FROM events"
            " WHERE id % 3 = 0"
        )
        assert _kept_counts(conn) == _true_counts(conn)
    assert check_store(copy) == []
    with sqlite3.connect(copy) as conn:  # a count out of step is a problem `store check` names
        conn.execute(
            "UPDATE event_date_counts SET events = events + 1 WHERE date = (SELECT min(date) FROM events)"
        )
    assert [p.table for p in check_store(copy)] == ["event_date_counts"]
