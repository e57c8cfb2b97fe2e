"""Search, reader, notes and entity pages in a real browser, over a real server."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

WORD = "Shahed"
# What conftest's hostile document holds, as it must show: as text.
PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">'


def _document(base: str, document_id: int) -> Any:
    response = httpx.get(f"{base}/api/documents/{document_id}")
    assert response.status_code == 200
    return response.json()


def _flagged_note(base: str, flag: str) -> tuple[int, str, str]:
    """(document id, marker, href) of the first note in the demo corpus whose marker stands alone
    in the text, whose citations are all linked, and one of which carries `flag`."""
    for document_id in range(1, 40):
        response = httpx.get(f"{base}/api/documents/{document_id}")
        if response.status_code != 200:
            continue
        doc = response.json()
        single = {m["labels"][0] for m in doc["markers"] if len(m["labels"]) == 1}
        for marker in sorted(single):
            cited = [c for c in doc["citations"] if c["marker"] == marker]
            if cited and all(c["href"] for c in cited) and any(c[flag] for c in cited):
                return document_id, marker, cited[0]["href"]
    raise AssertionError(f"no {flag} note in the demo corpus")


def _flags_after(page: Page, marker: str) -> list[str]:
    """The flags shown right after the first note link of `marker` (past any '+' links)."""
    flags: list[str] = page.locator(f'#doc-text a.note[data-marker="{marker}"]').first.evaluate(
        """link => {
            const found = [];
            let next = link.nextElementSibling;
            while (next && next.matches("a.note.more")) next = next.nextElementSibling;
            while (next && next.matches("span.flag")) {
                found.push(next.textContent.trim());
                next = next.nextElementSibling;
            }
            return found;
        }"""
    )
    return flags


def test_search_then_open_a_hit_lands_on_the_reader_with_the_word(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/search")
    page.locator("input[name=q]").fill(WORD)
    page.locator("input[name=q]").press("Enter")
    hits = page.locator("li.hit a.title")
    expect(hits.first).to_be_visible()
    hits.first.click()
    expect(page).to_have_url(re.compile(r"/documents/\d+"))
    expect(page.locator("#doc-text")).to_contain_text(WORD)
    expect(page.locator("#doc-text").get_by_text(WORD).first).to_be_visible()


@pytest.mark.parametrize("flag", ["defanged", "foreign"])
def test_note_link_goes_to_the_notes_url_and_shows_its_flag(page: Page, served: Any, flag: str) -> None:
    document_id, marker, href = _flagged_note(served.base, flag)
    page.goto(f"{served.base}/documents/{document_id}")
    link = page.locator(f'#doc-text a.note[data-marker="{marker}"]').first
    expect(link).to_have_attribute("href", href)
    assert flag in _flags_after(page, marker)
    expect(page.locator(f"table.citations span.flag.{flag}").first).to_be_visible()
    with page.context.expect_page() as opened:
        link.click()
    popup = opened.value
    popup.wait_for_load_state()
    assert popup.url.rstrip("/") == href.rstrip("/")  # answered by the offline stub, not the web


def test_a_plain_note_shows_no_flags(page: Page, served: Any) -> None:
    doc = _document(served.base, 2)
    plain = next(
        c["marker"]
        for c in doc["citations"]
        if c["href"]
        and not any(x["defanged"] or x["foreign"] for x in doc["citations"] if x["marker"] == c["marker"])
    )
    page.goto(f"{served.base}/documents/2")
    assert _flags_after(page, plain) == []


def test_entity_mark_in_the_reader_opens_the_entity_page_with_its_events(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/search?q=Iran")
    page.locator("li.hit a.title").first.click()
    mention = page.locator("#doc-text a.mention-link", has_text=re.compile(r"^Iran$")).first
    expect(mention).to_be_visible()
    mention.click()
    expect(page).to_have_url(re.compile(r"/entities/\d+$"))
    expect(page.locator("h1")).to_contain_text("Iran")
    events = page.locator("table.events tr td.sentence")
    expect(events.first).to_be_visible()
    assert events.count() >= 3


def test_hostile_document_renders_its_script_and_onerror_as_text(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/documents/{served.hostile_id}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    text = page.locator("#doc-text")
    expect(text).to_contain_text(PAYLOAD_SCRIPT)
    expect(text).to_contain_text(PAYLOAD_IMG)
    assert page.locator("#doc-text script, #doc-text img").count() == 0


def test_pages_load_with_the_network_unplugged(page: Page, served: Any, traffic: Any) -> None:
    """Every request a page makes (its CSS, script, anything) goes to the test server."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    for path in ("/search?q=drone", "/documents/2", f"/documents/{served.hostile_id}", "/entities?q=Iran"):
        page.goto(served.base + path, wait_until="networkidle")
    page.locator("ul.entity-list a, table.list a, a[href^='/entities/']").first.click()
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/static/style.css") for url in seen)
    assert [u for u in seen if not u.startswith(served.base + "/")] == []
    assert traffic.foreign() == []
