"""The brief page and its JSON twin over the web tests' demo store."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_the_brief_page_drafts_the_newest_day_by_default_and_links_sources(client: TestClient) -> None:
    page = client.get("/briefs")
    assert page.status_code == 200
    assert "<h2>Key Takeaways</h2>" in page.text and 'aria-current="page">Brief' in page.text
    citations = re.findall(r'<a href="#source-(\d+)">', page.text)
    listed = set(re.findall(r'<li id="source-(\d+)"', page.text))
    assert citations and set(citations) <= listed
    assert re.search(r'<li id="source-\d+" value="\d+"><a href="/documents/\d+">', page.text)


def test_the_api_brief_matches_the_filters(client: TestClient) -> None:
    data = client.get(
        "/api/brief", params={"since": "2024-01", "until": "2024-02", "topic": "military"}
    ).json()
    sentences = [s for p in data["sections"] for para in p["paragraphs"] for s in para] + data["takeaways"]
    assert sentences and data["period"] == "January 2024 to February 2024"
    numbers = {s["number"] for s in data["sources"]}
    assert all(s["sources"] and set(s["sources"]) <= numbers for s in sentences)


def test_a_bad_value_is_shown_on_the_page_and_refused_by_the_api(client: TestClient) -> None:
    page = client.get("/briefs", params={"since": "last tuesday"})
    assert page.status_code == 400 and "give a date as YYYY-MM-DD" in page.text
    assert client.get("/api/brief", params={"since": "2024", "country": "Atlantis"}).status_code == 400
