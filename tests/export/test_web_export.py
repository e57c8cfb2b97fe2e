"""`/api/export/{format}` streams the same export the library writes, and the pages link to it."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from watchfloor.export import ExportFilters, export_chunks
from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(export_db: Path) -> TestClient:
    return TestClient(create_app(export_db))


def test_the_api_streams_the_library_export_with_the_filters(client: TestClient, export_db: Path) -> None:
    response = client.get("/api/export/stix", params={"type": "AID", "min_certainty": "attributed"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/stix+json")
    assert 'filename="watchfloor-export.json"' in response.headers["content-disposition"]
    expected = "".join(
        export_chunks(export_db, "stix", ExportFilters(type="AID", min_certainty="attributed"))
    )
    assert response.text == expected
    events = [o for o in json.loads(response.text)["objects"] if o["type"] == "watchfloor-event"]
    assert len(events) == 2


def test_the_api_refuses_bad_filters_and_unknown_formats(client: TestClient) -> None:
    bad = client.get("/api/export/csv", params={"min_certainty": "sure"})
    assert bad.status_code == 400 and "minimum certainty 'sure'" in bad.json()["detail"]
    assert client.get("/api/export/xlsx").status_code == 422
    assert client.get("/api/export/csv", params={"min_confidence": "7"}).status_code == 422


def test_pages_link_to_the_export_of_what_they_show(client: TestClient) -> None:
    page = client.get("/map", params={"type": "ASSAULT", "country": "UKR", "limit": "5"})
    assert page.status_code == 200
    # the map shows confident events only (unless "show all events"), and so does its export
    assert 'href="/api/export/csv?type=ASSAULT&amp;country=UKR&amp;min_confidence=0.3"' in page.text
    rows = client.get("/api/export/csv?type=ASSAULT&country=UKR&min_confidence=0.3").text.splitlines()
    assert len(rows) == 2 and "ASSAULT" in rows[1]
    for path in ("/", "/timeline", "/network"):
        assert "/api/export/geojson" in client.get(path).text, path
