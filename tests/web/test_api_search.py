"""GET /api/search: full-text hits with highlighted parts, narrowed by dates, source and events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Api = Callable[..., Any]

HOSTILE_QUERIES = [
    '"',
    '"unbalanced',
    "(",
    "drone)",
    "NEAR(a b)",
    "title:drone",
    "^drone",
    "AND",
    "OR OR",
    "-",
    "*",
    "'; DROP TABLE documents; --",
    "%",
    "_",
    "\x00",
    "<script>alert(1)</script>",
    "🚀" * 50,
    "a" * 900,  # in every parameter at once, just under the 8 KiB query string limit
    "2²",
]


def _names(hits: list[dict[str, Any]]) -> set[str]:
    return {h["document_name"] for h in hits}


def test_a_word_of_the_demo_corpus_finds_its_document(api: Api) -> None:
    result = api("/api/search", q="Khayyam")
    assert result["query"] == "Khayyam" and result["scope"] == "passage"
    hit = next(h for h in result["hits"] if h["document_name"] == "01_update-2022-08-10.md")
    assert any(part["hit"] and part["text"].lower() == "khayyam" for part in hit["parts"])
    assert "[Khayyam]" in hit["snippet"]
    assert hit["reader_url"] == f"/documents/{hit['document_id']}#p{hit['start']}"
    assert hit["title"] == "Middle East Watch, August 10, 2022" and hit["published"] == "2022-08-10"
    assert hit["start"] < hit["end"] and isinstance(hit["score"], float)


def test_dates_and_source_bound_the_documents(api: Api) -> None:
    hits = api("/api/search", q="Iran", since="2024-01", until="2024-01", limit=100)["hits"]
    assert hits and all(h["published"].startswith("2024-01") for h in hits)
    wire = api("/api/search", q="Iran", source="wire", limit=100)["hits"]
    assert wire and all(h["outlet"] == "Watchfloor Wire" or "wire" in h["document_name"] for h in wire)
    assert api("/api/search", q="Iran", source="no such outlet")["hits"] == []


def test_an_event_type_filter_narrows_to_paragraphs_telling_such_an_event(api: Api) -> None:
    everything = api("/api/search", q="Iran", limit=500)["hits"]
    narrowed_by_some_type = False
    for event_type in ("ASSAULT", "AGREE", "AID", "CONSULT"):
        hits = api("/api/search", q="Iran", type=event_type, limit=500)["hits"]
        assert {(h["document_id"], h["start"]) for h in hits} <= {
            (h["document_id"], h["start"]) for h in everything
        }
        narrowed_by_some_type |= 0 < len(hits) < len(everything)
        for hit in hits:
            events = api(f"/api/documents/{hit['document_id']}")["events"]
            assert any(
                e["type"] == event_type and hit["start"] <= e["start"] and e["end"] <= hit["end"]
                for e in events
            ), (event_type, hit)
    assert narrowed_by_some_type


def test_the_document_scope_keeps_at_least_what_the_passage_scope_keeps(api: Api) -> None:
    passage = api("/api/search", q="drone", type="ASSAULT", limit=500)["hits"]
    document = api("/api/search", q="drone", type="ASSAULT", scope="document", limit=500)["hits"]
    assert {(h["document_id"], h["start"]) for h in passage} <= {
        (h["document_id"], h["start"]) for h in document
    }


def test_entity_country_and_certainty_filters_look_at_the_events(api: Api, iran_id: int) -> None:
    for params in (
        {"entity": "Iran"},
        {"entity": str(iran_id)},
        {"country": "irn"},
        {"certainty": "attributed"},
    ):
        hits = api("/api/search", q="drone", limit=500, **params)["hits"]
        assert hits, params
        for hit in hits:
            events = [
                e
                for e in api(f"/api/documents/{hit['document_id']}")["events"]
                if hit["start"] <= e["start"] and e["end"] <= hit["end"]
            ]
            if "entity" in params:
                assert any(iran_id in (e["actor_id"], e["recipient_id"]) for e in events), hit
            elif "country" in params:
                assert any("IRN" in (e["actor_country"], e["recipient_country"]) for e in events), hit
            else:
                assert any(e["certainty"] == "attributed" for e in events), hit
    by_name = api("/api/search", q="drone", entity="Iran", limit=500)["hits"]
    by_id = api("/api/search", q="drone", entity=str(iran_id), limit=500)["hits"]
    assert by_name == by_id


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_any_string_is_safe_in_every_parameter(api: Api, query: str) -> None:
    params = {k: query for k in ("q", "since", "until", "source", "entity", "type", "country", "certainty")}
    assert isinstance(api("/api/search", **params)["hits"], list)
    assert isinstance(api("/api/search", q=query)["hits"], list)


def test_an_empty_query_finds_nothing_and_a_bad_limit_is_a_json_422(api: Api, client: Any) -> None:
    assert api("/api/search", q="   ")["hits"] == []
    response = client.get("/api/search", params={"q": "drone", "limit": 0})
    assert response.status_code == 422 and "detail" in response.json()
