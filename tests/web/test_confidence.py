"""Event confidence in the workspace: the events API filters by it, the map and the network show
confident events unless asked for all (a box on their pages), briefs take it, and the reader and
event lists show it. A store of its own, whose events' confidences the test chooses."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from watchfloor.nlp.types import Entity, Event, Place
from watchfloor.settings import CONFIDENT
from watchfloor.store import open_store
from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

CONFIDENCES = (0.1, 0.29, CONFIDENT, 0.9, 0.97)
ENTITIES = [
    Entity("state:RUS", "Russia", "GPE", "RUS", mentions=["Russia"], kb_key="state:RUS"),
    Entity("state:UKR", "Ukraine", "GPE", "UKR", mentions=["Ukraine"], kb_key="state:UKR"),
]
PLACES = [Place("geonames:706483", "Kharkiv", "city", 49.98, 36.25, "UKR", mentions=["Kharkiv"])]


def strike(confidence: float) -> Event:
    text = f"Russia struck Ukraine at Kharkiv with drones, wave {int(confidence * 100)}."
    return Event(
        type="ASSAULT", mode=None, actor="Russia", actor_country="RUS", recipient="Ukraine",
        recipient_country="UKR", date="2024-05-01", place="Kharkiv", certainty="asserted", source=None,
        text=text, start=0, end=0, trigger="struck", confidence=confidence,
    )  # fmt: skip


@dataclass(frozen=True)
class ConfidenceStore:
    path: Path
    ids: dict[float, int]  # event id by confidence
    document_id: int


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, store_report: Callable[..., list[int]]
) -> ConfidenceStore:
    path = tmp_path_factory.mktemp("web-confidence") / "c.db"
    with open_store(path) as opened:
        ids = store_report(opened, [strike(c) for c in CONFIDENCES], entities=ENTITIES, places=PLACES)
        (document_id,) = opened.conn.execute("SELECT id FROM documents").fetchone()
    return ConfidenceStore(path, dict(zip(CONFIDENCES, ids, strict=True)), int(document_id))


@pytest.fixture(scope="module")
def client(store: ConfidenceStore) -> Iterator[TestClient]:
    with TestClient(create_app(store.path)) as test_client:
        yield test_client


def get(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text[:300]
    return response.json()


def at_least(store: ConfidenceStore, threshold: float) -> set[int]:
    return {i for c, i in store.ids.items() if c >= threshold}


@pytest.mark.parametrize("threshold", [0.0, 0.29, CONFIDENT, 0.5, 0.97, 1.0])
def test_the_events_api_gives_exactly_the_events_at_or_above_the_threshold(
    client: TestClient, store: ConfidenceStore, threshold: float
) -> None:
    events = get(client, "/api/events", min_confidence=threshold)["events"]
    assert {e["id"] for e in events} == at_least(store, threshold)
    assert all(e["confidence"] >= threshold for e in events)


def test_the_events_api_gives_every_event_unless_asked(client: TestClient, store: ConfidenceStore) -> None:
    assert {e["id"] for e in get(client, "/api/events")["events"]} == set(store.ids.values())


def test_the_map_shows_confident_events_unless_asked_for_all(
    client: TestClient, store: ConfidenceStore
) -> None:
    def shown(**params: Any) -> set[int]:
        features = get(client, "/api/map/events", **params)["features"]
        return {f["properties"]["id"] for f in features}

    assert shown() == at_least(store, CONFIDENT) != set(store.ids.values())
    assert shown(min_confidence=0) == set(store.ids.values())
    assert shown(min_confidence=0.95) == at_least(store, 0.95)
    confidences = {f["properties"]["confidence"] for f in get(client, "/api/map/events")["features"]}
    assert confidences == {c for c in CONFIDENCES if c >= CONFIDENT}


def test_the_network_counts_confident_events_unless_asked_for_all(
    client: TestClient, store: ConfidenceStore
) -> None:
    (edge,) = get(client, "/api/network")["edges"]
    assert edge["count"] == len(at_least(store, CONFIDENT))
    listed = client.get(edge["events_url"]).json()
    assert {e["id"] for e in listed["events"]} == at_least(store, CONFIDENT)
    (every,) = get(client, "/api/network", min_confidence=0)["edges"]
    assert every["count"] == len(CONFIDENCES) and "min_confidence=0" in every["events_url"]
    assert client.get(every["events_url"]).json()["count"] == len(CONFIDENCES)


@pytest.mark.parametrize("url", ["/api/events", "/api/map/events", "/api/network"])
@pytest.mark.parametrize("value", ["-0.1", "1.5", "most", "nan"])
def test_the_api_refuses_a_threshold_outside_zero_to_one(client: TestClient, url: str, value: str) -> None:
    response = client.get(url, params={"min_confidence": value})
    assert response.status_code == 422 and "min_confidence" in response.text


def show_all_box(html: str) -> str:
    (box,) = re.findall(r'<input type="checkbox" name="min_confidence" value="0"[^>]*>', html)
    return box


@pytest.mark.parametrize("page", ["/map", "/network"])
def test_the_pages_have_a_show_all_box_that_keeps_its_state(client: TestClient, page: str) -> None:
    first = client.get(page)
    assert first.status_code == 200 and "checked" not in show_all_box(first.text)
    assert "show all events" in first.text and f"confidence ≥ {CONFIDENT:g}" in first.text
    assert "checked" in show_all_box(client.get(page, params={"min_confidence": "0"}).text)
    for odd in ("<script>alert(1)</script>", "2", "0.5"):
        response = client.get(page, params={"min_confidence": odd})
        assert response.status_code == 200 and "<script>alert(1)" not in response.text
        assert "checked" not in show_all_box(response.text)


def test_the_reader_shows_each_events_confidence(client: TestClient, store: ConfidenceStore) -> None:
    html = client.get(f"/documents/{store.document_id}").text
    for confidence in CONFIDENCES:
        assert f"confidence {confidence:.2f}" in html  # the event list
        assert f"confidence: {confidence:.2f}" in html  # the trigger's and the sentence's tooltips
    triggers = re.findall(r'<span class="trigger"[^>]*title="([^"]*)"', html)
    assert len(triggers) == len(CONFIDENCES) and all("confidence: " in t for t in triggers)


def test_event_lists_show_confidence(client: TestClient, store: ConfidenceStore) -> None:
    russia = get(client, "/api/entities", q="Russia")["entities"][0]["id"]
    html = client.get(f"/entities/{russia}").text
    assert all(f"confidence {c:.2f}" in html for c in CONFIDENCES)


def test_briefs_leave_out_unconfident_events_unless_asked(client: TestClient, store: ConfidenceStore) -> None:
    def told(**params: Any) -> set[int]:
        brief = get(client, "/api/brief", since="2024-05-01", **params)
        return {i for s in brief["takeaways"] for i in s["events"]} | {
            i for section in brief["sections"] for p in section["paragraphs"] for s in p for i in s["events"]
        }

    assert told() and told() <= at_least(store, CONFIDENT)
    assert store.ids[0.1] in told(min_confidence="0")
    refused = client.get("/api/brief", params={"since": "2024-05-01", "min_confidence": "lots"})
    assert refused.status_code == 400 and "min_confidence" in refused.json()["detail"]
    page = client.get("/briefs", params={"since": "2024-05-01"}).text
    assert f'name="min_confidence" value="{CONFIDENT:g}"' in page


def test_the_apps_default_comes_from_the_environment(
    store: ConfidenceStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHFLOOR_MIN_CONFIDENCE", "0.95")
    with TestClient(create_app(store.path)) as strict:
        features = get(strict, "/api/map/events")["features"]
        assert {f["properties"]["id"] for f in features} == at_least(store, 0.95)
        assert "confidence ≥ 0.95" in strict.get("/network").text


@pytest.mark.parametrize("page", ["/map", "/network"])
def test_the_export_links_download_what_the_page_shows(client: TestClient, page: str) -> None:
    def exported(html: str) -> int:
        """The events in the page's CSV export (one line each after the header)."""
        (link,) = re.findall(r'href="(/api/export/csv[^"]*)"', html)
        lines = client.get(link.replace("&amp;", "&")).text.splitlines()
        return len([line for line in lines[1:] if line.strip()])

    confident = [c for c in CONFIDENCES if c >= CONFIDENT]
    assert exported(client.get(page).text) == len(confident) < len(CONFIDENCES)
    assert exported(client.get(page, params={"min_confidence": "0"}).text) == len(CONFIDENCES)
