"""The server-rendered pages, the OpenAPI description, errors and headers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

Api = Callable[..., Any]


def _html(client: Any, url: str, status: int = 200, **params: Any) -> str:
    response = client.get(url, params=params)
    assert response.status_code == status, (url, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    text: str = response.text
    return text


def test_openapi_describes_every_route_with_its_response_model(api: Api) -> None:
    spec = api("/openapi.json")
    paths = spec["paths"]
    assert set(paths) == {
        "/api/search",
        "/api/documents/{document_id}",
        "/api/entities",
        "/api/entities/{entity_id}",
        "/api/events",
        "/api/map/events",
        "/api/timeline",
        "/api/network",
        "/api/network/edge",
        "/api/brief",
        "/api/briefs/{name}/editions",
        "/api/briefs/{name}/editions/{day}",
        "/api/export/{format_name}",
    } | {  # sign-in (web/account.py, users_api.py, work_api.py)
        "/api/me",
        "/api/tokens",
        "/api/tokens/{token_id}",
        "/api/users",
        "/api/users/{name}",
        "/api/users/{name}/role",
        "/api/audit",
        "/api/ingest",
        "/api/watches",
        "/api/watches/{name}",
    }

    def model(path: str, status: str = "200") -> str:
        content = paths[path]["get"]["responses"][status]["content"]["application/json"]
        return str(content["schema"]["$ref"]).rsplit("/", 1)[-1]

    assert model("/api/search") == "SearchResponse"
    assert model("/api/documents/{document_id}") == "DocumentOut"
    assert model("/api/documents/{document_id}", "404") == "ErrorOut"
    assert model("/api/entities/{entity_id}") == "EntityOut"
    assert model("/api/events") == "EventsResponse"
    assert model("/api/brief") == "BriefOut" and model("/api/brief", "400") == "ErrorOut"
    assert model("/api/briefs/{name}/editions") == "EditionsResponse"
    assert model("/api/briefs/{name}/editions/{day}") == "EditionOut"
    assert model("/api/briefs/{name}/editions/{day}", "404") == "ErrorOut"
    export_params = {p["name"] for p in paths["/api/export/{format_name}"]["get"]["parameters"]}
    assert {"format_name", "since", "until", "type", "country", "entity", "min_certainty"} <= export_params
    search_params = {p["name"] for p in paths["/api/search"]["get"]["parameters"]}
    assert {
        "q",
        "since",
        "until",
        "source",
        "entity",
        "type",
        "country",
        "certainty",
        "limit",
    } <= search_params
    assert {"type", "actor", "recipient", "country", "since", "until", "certainty"} <= {
        p["name"] for p in paths["/api/events"]["get"]["parameters"]
    }


def test_search_page_shows_filters_and_highlighted_hits_linking_to_the_reader(client: Any) -> None:
    page = _html(client, "/search", q="Khayyam")
    assert "<mark>Khayyam</mark>" in page
    assert re.search(r'href="/documents/\d+#p\d+"', page)
    for name in ("since", "until", "source", "entity", "type", "country", "certainty"):
        assert f'name="{name}"' in page, name
    assert '<option value="ASSAULT"' in page
    narrowed = _html(client, "/search", q="drone", type="ASSAULT", country="IRN")
    assert '<option value="ASSAULT" selected>' in narrowed
    assert "No matches" in _html(client, "/search", q="zzzzqqq")
    assert "Understood:" in _html(client, "/")  # no query yet: how to search


def test_the_reader_marks_events_mentions_and_notes(client: Any, api: Api) -> None:
    hit = next(h for h in api("/api/search", q="Khayyam")["hits"] if h["document_name"].startswith("01_"))
    doc = api(f"/api/documents/{hit['document_id']}")
    page = _html(client, f"/documents/{doc['id']}")
    event = doc["events"][0]
    sentence = re.search(rf'<span class="event" id="s{event["start"]}"[^>]*>', page)
    assert sentence and f"certainty: {event['certainty']}" in sentence.group()
    assert f"date: {event['date'] or 'unknown'}" in sentence.group() and event["type"] in sentence.group()
    assert re.search(r'<mark class="mention entity[^"]*" data-entity-ids="\d+[^"]*"[^>]*title="Iran', page)
    assert re.search(r'<a class="note" href="https?://[^"]+"[^>]*>\[1\]</a>', page)
    assert '<span class="flag defanged"' in page  # a defanged note is flagged where it is cited
    assert f'href="#s{event["start"]}"' in page  # the side panel points at the sentence
    assert '<script src="/static/reader.js" defer></script>' in page


def test_the_entity_page_has_both_timelines_counterparts_and_documents(client: Any, iran_id: int) -> None:
    page = _html(client, f"/entities/{iran_id}")
    assert "<h1>Iran" in page
    for heading in ("Main counterparts", "Documents that mention it", "Iran as actor", "Iran as recipient"):
        assert heading in page, heading
    assert re.search(r'href="/documents/\d+#s\d+"', page)
    assert "Iranian" in page  # an alias
    lookup = _html(client, "/entities", q="Iran")
    assert f'href="/entities/{iran_id}"' in lookup


@pytest.mark.parametrize("name", ["map", "timeline", "network"])
def test_the_map_timeline_and_network_pages_are_built(client: Any, name: str) -> None:
    page = _html(client, f"/{name}")
    assert "Coming in the next release" not in page
    assert f'href="/{name}"' in page  # in the navigation


def test_page_errors_are_html_and_headers_keep_scripts_local(client: Any) -> None:
    assert "no document with id 999999" in _html(client, "/documents/999999", status=404)
    assert "no entity" in _html(client, "/entities/0", status=404)
    _html(client, "/documents/abc", status=404)
    _html(client, "/nowhere", status=404)
    response = client.get("/search", params={"q": "drone"})
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/reader.js").status_code == 200
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN
