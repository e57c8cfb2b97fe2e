"""Document text is always text: a report holding `<script>` or `<img onerror>`, or whose entity
and place names, titles and note addresses are hostile, shows them escaped on every page."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest

SAFE_HREF = ("/", "#", "http://", "https://")
RAW = ["<script>alert", "<img src=x", "<svg onload", "<b>bold", "<b>Mallory", "<i>chief", "<i>hostile"]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def assert_inert(html: str) -> None:
    """No script but the app's own, no element a document could smuggle in, no event handler
    attribute, and no link anywhere but the app, an anchor, or an http(s) address."""
    for raw in RAW:
        at = html.find(raw)
        assert at < 0, f"{raw!r} unescaped: {html[max(0, at - 100) : at + 100]!r}"
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag not in {"img", "svg", "iframe", "object", "embed", "b", "i", "style"}, (tag, attrs)
        if tag == "script":
            assert attrs.get("src") == "/static/reader.js", attrs
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith(SAFE_HREF), (tag, name, value)


def _page(client: Any, url: str, **params: Any) -> str:
    response = client.get(url, params=params)
    assert response.status_code == 200, (url, response.text[:300])
    text: str = response.text
    return text


def test_the_ingested_hostile_report_reads_as_text(client: Any, web_store: Any) -> None:
    page = _page(client, f"/documents/{web_store.hostile_id}")
    assert_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:alert(3)" in page  # shown in the notes as text, never linked


def test_the_crafted_document_reads_as_text_with_its_marks(client: Any, web_store: Any) -> None:
    page = _page(client, f"/documents/{web_store.crafted_id}")
    assert_inert(page)
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page
    # the hostile mention is marked, and still text inside its mark
    assert (
        '<mark class="mention entity"' in page
        and "&lt;img src=x onerror=alert(&#39;mention&#39;)&gt;" in page
    )
    assert '<span class="event"' in page and '<span class="trigger"' in page
    # the note's javascript: address is no link; the flags still show
    assert '<span class="flag defanged"' in page and '<span class="flag foreign"' in page


@pytest.mark.parametrize("query", ["alert", "Brigade", "Hostile", "script", "img"])
def test_search_results_are_text(client: Any, query: str) -> None:
    page = _page(client, "/search", q=query, source="")
    assert_inert(page)
    api = client.get("/api/search", params={"q": query}).json()
    assert query.lower() in str(api).lower() or api["hits"] == []


def test_the_search_form_echoes_hostile_input_as_text(client: Any) -> None:
    hostile = "\"><script>alert('q')</script>"
    page = _page(client, "/search", q=hostile, entity=hostile, source=hostile, type=hostile)
    assert_inert(page)
    assert "&#34;&gt;&lt;script&gt;" in page


def test_entity_pages_are_text(client: Any, web_store: Any, iran_id: int) -> None:
    crafted = _page(client, f"/entities/{web_store.crafted_entity_id}")
    assert_inert(crafted)
    assert "&lt;script&gt;alert(&#39;entity&#39;)&lt;/script&gt;" in crafted
    iran = _page(client, f"/entities/{iran_id}")  # the hostile report mentions Iran
    assert_inert(iran)
    assert "&lt;img src=x onerror=alert(&#39;outlet&#39;)&gt;" in iran
    assert_inert(_page(client, "/entities", q="<script>"))


def test_the_api_keeps_the_text_as_it_is_and_offers_no_unsafe_link(client: Any, web_store: Any) -> None:
    doc = client.get(f"/api/documents/{web_store.crafted_id}").json()
    assert "<script>alert('text')</script>" in doc["text"]  # data, served as JSON
    assert all(c["href"] is None or c["href"].startswith("https://") for c in doc["citations"])
    assert doc["href"] is None
    hostile = client.get(f"/api/documents/{web_store.hostile_id}").json()
    assert hostile["href"] is None  # its url was javascript:
