"""On a synthetic store (the one `bench --scale` builds, small here): the map aggregates on the
server and never lists more than `limit` events, a viewport keeps only what is inside it, the
network draws only its busiest edges, and search pages through its hits."""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from watchfloor.scale.build import build_store
from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

BOX = (25.0, 10.0, 80.0, 45.0)  # west, south, east, north: the Middle East and around


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "synthetic.db"
    result = build_store(path, passages=6000)
    assert result.passages >= 6000 and result.events > 200
    return path


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as test_client:
        yield test_client


def _count(store: Path, sql: str, *params: object) -> int:
    with sqlite3.connect(store) as conn:
        return int(conn.execute(sql, params).fetchone()[0])


def test_zoomed_out_map_is_cells_and_no_unbounded_list(client: TestClient, store: Path) -> None:
    body = client.get("/api/map/events", params={"zoom": 1, "limit": 50, "min_confidence": 0}).json()
    with_place = _count(store, "SELECT count(*) FROM events WHERE place_id IS NOT NULL")
    assert body["total"] == with_place == sum(c["count"] for c in body["cells"])
    assert body["features"] == [] and body["truncated"] is True  # more than `limit`: cells only
    assert len(body["cells"]) <= (8 * 2) * (8 * 2)  # grid of zoom 1: 16 x 16 cells over the world
    for cell in body["cells"]:
        west, south, east, north = cell["bounds"]
        assert west <= cell["lon"] <= east and south <= cell["lat"] <= north
        assert sum(cell["types"].values()) == sum(cell["quads"].values()) == cell["count"]


def test_viewport_keeps_only_its_events(client: TestClient, store: Path) -> None:
    west, south, east, north = BOX
    params = {"zoom": 11, "bbox": ",".join(map(str, BOX)), "limit": 5000, "min_confidence": 0}
    body = client.get("/api/map/events", params=params).json()
    inside = _count(
        store,
        "SELECT count(*) FROM events e JOIN places p ON p.id = e.place_id"
        " WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?",
        south,
        north,
        west,
        east,
    )
    assert 0 < inside < _count(store, "SELECT count(*) FROM events WHERE place_id IS NOT NULL")
    assert body["total"] == inside == len(body["features"])
    for feature in body["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert west <= lon <= east and south <= lat <= north


def test_map_without_zoom_lists_at_most_limit(client: TestClient) -> None:
    body = client.get("/api/map/events", params={"limit": 30, "min_confidence": 0}).json()
    assert len(body["features"]) == 30 and body["truncated"] is True and body["cells"] == []


@pytest.mark.parametrize("bbox", ["1,2,3", "10,50,20,40", "a,b,c,d", "0,0,200,10"])
def test_bad_viewport_is_refused(client: TestClient, bbox: str) -> None:
    assert client.get("/api/map/events", params={"bbox": bbox, "zoom": 3}).status_code == 422


def test_network_draws_its_busiest_edges(client: TestClient) -> None:
    everything = client.get("/api/network", params={"limit": 5000, "min_confidence": 0}).json()
    assert everything["truncated"] is False and len(everything["edges"]) > 20
    top = client.get("/api/network", params={"limit": 20, "min_confidence": 0}).json()
    assert top["truncated"] is True and len(top["edges"]) == 20
    counts = sorted((e["count"] for e in everything["edges"]), reverse=True)
    assert sorted((e["count"] for e in top["edges"]), reverse=True) == counts[:20]
    shown = {(e["source"], e["target"]): e for e in everything["edges"]}
    for edge in top["edges"]:  # the same edges, with the same counts per type
        assert shown[(edge["source"], edge["target"])]["types"] == edge["types"]
    assert {n["id"] for n in top["nodes"]} == {e["source"] for e in top["edges"]} | {
        e["target"] for e in top["edges"]
    }


def test_search_pages_through_its_hits(client: TestClient) -> None:
    whole = client.get("/api/search", params={"q": "drone", "limit": 30}).json()["hits"]
    assert len(whole) == 30
    pages = [
        client.get("/api/search", params={"q": "drone", "limit": 10, "offset": offset}).json()["hits"]
        for offset in (0, 10, 20)
    ]
    assert [h["start"] for page in pages for h in page] == [h["start"] for h in whole]
    assert [h["document_id"] for page in pages for h in page] == [h["document_id"] for h in whole]


def test_search_page_links_its_pages(client: TestClient) -> None:
    first = client.get("/search", params={"q": "drone"}).text
    assert "offset=50" in first and "previous" not in first
    second = client.get("/search", params={"q": "drone", "offset": 50}).text
    assert "Hits 51–" in second and "offset=0" in second
    assert client.get("/search", params={"q": "drone", "offset": -1}).status_code == 400  # pages: 400
