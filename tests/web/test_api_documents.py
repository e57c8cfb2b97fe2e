"""GET /api/documents/{id}: text, metadata, notes, passages, and what was found, with spans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Api = Callable[..., Any]


def _demo_document(api: Api, name: str) -> dict[str, Any]:
    hits = api("/api/search", q="Khayyam", limit=100)["hits"]
    document_id = next(h["document_id"] for h in hits if h["document_name"] == name)
    document: dict[str, Any] = api(f"/api/documents/{document_id}")
    return document


def test_metadata_text_notes_and_passages(api: Api) -> None:
    doc = _demo_document(api, "01_update-2022-08-10.md")
    assert doc["title"] == "Middle East Watch, August 10, 2022" and doc["published"] == "2022-08-10"
    assert doc["format"] == "markdown" and doc["extracted_at"]
    assert 0 < doc["body_end"] < len(doc["text"])
    assert doc["citations"] and all(c["url"] and "href" in c for c in doc["citations"])
    assert any(c["defanged"] for c in doc["citations"])  # "www.irna [dot] ir"
    defanged = next(c for c in doc["citations"] if c["defanged"])
    assert defanged["raw"] != defanged["url"] and defanged["href"].startswith(("http://", "https://"))
    paragraphs = [p for p in doc["passages"] if p["kind"] == "paragraph"]
    assert paragraphs and all(0 <= p["start"] < p["end"] <= doc["body_end"] for p in doc["passages"])


def test_events_carry_sentence_spans_and_triggers_that_index_into_the_text(api: Api) -> None:
    doc = _demo_document(api, "01_update-2022-08-10.md")
    text = doc["text"]
    assert doc["events"]
    for event in doc["events"]:
        assert text[event["start"] : event["end"]] == event["sentence"]
        assert event["document_id"] == doc["id"] and event["certainty"]
        span = event["trigger_span"]
        if span is not None:
            assert event["start"] <= span["start"] < span["end"] <= event["end"]
            assert text[span["start"] : span["end"]].lower() == event["trigger"].lower()
    assert any(e["trigger_span"] for e in doc["events"])
    cited = [c for e in doc["events"] for c in e["citations"] if c["url"]]
    assert cited and all(c["href"] for c in cited)


def test_entities_places_and_markers_are_marked_where_the_text_names_them(api: Api) -> None:
    doc = _demo_document(api, "01_update-2022-08-10.md")
    text = doc["text"]
    iran = next(e for e in doc["entities"] if e["name"] == "Iran")
    assert iran["type"] == "GPE" and iran["country"] == "IRN" and iran["spans"]
    for entity in doc["entities"]:
        for span in entity["spans"]:
            assert text[span["start"] : span["end"]] in entity["surfaces"]
            assert span["end"] <= doc["body_end"]
    assert any(p["spans"] for p in doc["places"])
    for place in doc["places"]:
        assert all(text[s["start"] : s["end"]] in place["surfaces"] for s in place["spans"])
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
    assert doc["markers"]
    for marker in doc["markers"]:
        written = text[marker["start"] : marker["end"]]
        assert written.startswith(("[", "\\[")) and all(
            label in written.lower() for label in marker["labels"]
        )


def test_unknown_ids_are_404_with_a_json_error(client: Any) -> None:
    for document_id in (0, -1, 999_999, 2**70):
        response = client.get(f"/api/documents/{document_id}")
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/json")
        assert "no document" in response.json()["detail"]
    response = client.get("/api/documents/not-a-number")
    assert response.status_code == 422 and response.json()["detail"]
    response = client.get("/api/no-such-route")
    assert response.status_code == 404 and response.json() == {"detail": "Not Found"}
