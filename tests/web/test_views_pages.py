"""Map, timeline and network pages: served with their assets from our own app (no CDN), drawn
from the store, and unbreakable by what a query string holds."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from watchfloor.web.app import SECURITY_HEADERS

ASSETS = [
    "/vendor/leaflet/leaflet.js",
    "/vendor/leaflet/leaflet.css",
    "/vendor/markercluster/leaflet.markercluster.js",
    "/vendor/markercluster/MarkerCluster.css",
    "/vendor/markercluster/MarkerCluster.Default.css",
    "/static/countries-110m.json",
    "/static/map.js",
    "/static/network.js",
    "/static/labels.js",
    "/static/period.js",
    "/static/timeline.js",
    "/static/views.css",
]
SRC = re.compile(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"' >]+)""", re.IGNORECASE)
HOSTILE = [
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00\x00",
    "9" * 40,
    "-1",
    "\u202e\ud7ff",
    "a" * 900,  # in every parameter at once, just under the 8 KiB query string limit
    "\u00b2",  # a digit to str.isdigit that int() refuses
]


@pytest.mark.parametrize("path", ASSETS)
def test_assets_are_served_by_the_app(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and len(response.content) > 100


def test_basemap_is_a_small_geojson_of_countries(client: TestClient) -> None:
    response = client.get("/static/countries-110m.json")
    assert len(response.content) < 2_000_000
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection" and len(data["features"]) > 150


@pytest.mark.parametrize("page", ["/map", "/timeline", "/network"])
def test_pages_load_nothing_from_elsewhere(client: TestClient, page: str) -> None:
    response = client.get(page)
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]
    sources = SRC.findall(response.text)
    assert sources, page
    for source in sources:
        assert source.startswith("/") and not source.startswith("//"), source
        assert client.get(source).status_code == 200, source
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", response.text.split("<main>")[0])


def test_map_page_uses_leaflet_and_the_legend(client: TestClient) -> None:
    html = client.get("/map", params={"type": "AID"}).text
    assert "/vendor/markercluster/leaflet.markercluster.js" in html and 'id="map"' in html
    assert "Material conflict" in html and '<option value="AID" selected>' in html


def test_timeline_page_draws_the_chart_and_events(client: TestClient) -> None:
    html = client.get("/timeline", params={"actor": "Iran", "bucket": "year"}).text
    assert "<svg" in html and "<rect" in html and 'class="events"' in html
    assert "2023" in html
    empty = client.get("/timeline", params={"type": "NOSUCHTYPE"}).text
    assert "No dated events" in empty and "<rect" not in empty


def test_timeline_page_escapes_hostile_events(client: TestClient) -> None:
    html = client.get("/timeline", params={"actor": "<script>alert('entity')</script>"}).text
    assert "<script>alert" not in html


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_query_strings_never_fail(client: TestClient, value: str) -> None:
    for page in ("/map", "/timeline", "/network"):
        params = {"since": value, "until": value, "type": value, "actor": value, "country": value}
        response = client.get(
            page, params={**params, "certainty": value, "bucket": value, "min_count": value}
        )
        assert response.status_code == 200, (page, value)
        assert "<script>alert(1)" not in response.text
    for url in ("/api/map/events", "/api/timeline", "/api/network"):
        response = client.get(url, params={"since": value, "actor": value, "type": value, "country": value})
        assert response.status_code == 200, (url, value)
    for params in (
        {"bucket": value},
        {"min_count": value},
        {"limit": value},
        {"source": value, "target": "1"},
        {"source": "1", "target": value},
    ):
        for url in ("/api/timeline", "/api/network", "/api/map/events", "/api/network/edge"):
            response = client.get(url, params=params)
            assert response.status_code in (200, 422), (url, params, response.status_code)
