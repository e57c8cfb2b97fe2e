"""Latency of the web workspace per route, measured in-process (`watchfloor bench --web`).

The app runs under Starlette's TestClient, so the figures are the app's own work (routing, SQL,
rendering, serialising) without a network or a server's overhead. The documents and entities asked
for are the store's busiest, so the figures are the pages an analyst opens most, not the emptiest.
No test asserts on them: machines differ.
"""

from __future__ import annotations

import statistics
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from watchfloor.errors import WatchfloorError
from watchfloor.store.queries import StoreQueries
from watchfloor.web.app import create_app

if TYPE_CHECKING:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

WARM_UP = 3


@dataclass(frozen=True)
class RouteLatency:
    route: str  # the URL asked for
    requests: int
    median_ms: float
    p95_ms: float


def sample_urls(db_path: Path | str) -> list[str]:
    """One URL per route, with ids and words taken from the store itself."""
    queries = StoreQueries.open(db_path)
    try:
        conn = queries.conn
        document = conn.execute(
            "SELECT d.id FROM events e JOIN documents d ON d.id = e.document_id"
            " GROUP BY d.id ORDER BY count(*) DESC, length(d.text) DESC LIMIT 1"
        ).fetchone()
        entity = conn.execute(
            "SELECT x.id, x.name, x.country FROM entities x JOIN (SELECT actor_id AS id FROM events"
            " UNION ALL SELECT recipient_id FROM events) e ON e.id = x.id"
            " GROUP BY x.id ORDER BY count(*) DESC, x.id LIMIT 1"
        ).fetchone()
        event_type = conn.execute(
            "SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        edge = conn.execute(
            "SELECT actor_id, recipient_id FROM events WHERE actor_id IS NOT NULL"
            " AND recipient_id IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        queries.close()
    if document is None or entity is None or event_type is None or edge is None:
        raise WatchfloorError(f"{db_path}: the store holds no extracted events to measure the web routes on")
    doc_id, (entity_id, name, country), kind = document[0], entity, event_type[0]
    word, country = "drone", country or ""
    return [
        "/api/search?" + urlencode({"q": word}),
        "/api/search?" + urlencode({"q": word, "offset": 100}),
        "/api/search?" + urlencode({"q": word, "type": kind, "country": country}),
        f"/api/documents/{doc_id}",
        f"/api/entities/{entity_id}",
        "/api/entities?" + urlencode({"q": name[:3]}),
        "/api/entities",
        "/api/events?" + urlencode({"country": country}),
        "/api/events?" + urlencode({"type": kind}),
        "/api/events?" + urlencode({"actor": entity_id, "offset": 1000}),
        "/api/map/events",
        "/api/map/events?" + urlencode({"zoom": 2}),
        "/api/map/events?" + urlencode({"zoom": 7, "bbox": "44,29,56,39"}),
        "/api/timeline?" + urlencode({"actor": entity_id, "bucket": "month"}),
        "/api/timeline?" + urlencode({"bucket": "week"}),
        "/api/network",
        "/api/network?" + urlencode({"actor": entity_id, "type": "AGREE"}),
        "/api/network/edge?" + urlencode({"source": edge[0], "target": edge[1]}),
        "/search?" + urlencode({"q": word}),
        f"/documents/{doc_id}",
        "/entities",
        f"/entities/{entity_id}",
        "/map",
        "/timeline?" + urlencode({"actor": entity_id}),
        "/timeline",
        "/network",
        "/briefs",
    ]


def web_latency(db_path: Path | str, requests: int = 50, urls: list[str] | None = None) -> list[RouteLatency]:
    """Median and 95th-percentile latency of each route (`urls`, default `sample_urls`) over
    `requests` requests (after a few unmeasured ones), in milliseconds."""
    urls = urls or sample_urls(db_path)
    results = []
    with test_client(create_app(db_path)) as client:
        for url in urls:
            for _ in range(WARM_UP):
                _get(client, url)
            timings = []
            for _ in range(requests):
                started = time.perf_counter()
                _get(client, url)
                timings.append((time.perf_counter() - started) * 1000)
            results.append(RouteLatency(url, requests, statistics.median(timings), percentile(timings, 95)))
    return results


def test_client(app: FastAPI) -> TestClient:
    """Starlette's in-process client (imported here: the CLI need not load it to start). Its
    notice that it will move from httpx to httpx2 is silenced: the project pins httpx."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
        from fastapi.testclient import TestClient

    return TestClient(app)


def _get(client: TestClient, url: str) -> None:
    response = client.get(url)
    if response.status_code != 200:
        raise WatchfloorError(f"{url} answered {response.status_code}: {response.text[:200]}")


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile (the value below which `pct` per cent of the values fall)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))  # ceil without floats' surprises
    return ordered[int(rank) - 1]
