"""The brief page in a real browser: draft a brief from the form, follow a citation to its source."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Page, expect


def test_draft_a_brief_and_follow_a_citation_to_its_document(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/briefs")
    page.fill("input[name=since]", "2024-01-01")
    page.fill("input[name=until]", "2024-02-28")
    page.click("button:has-text('Draft')")
    expect(page.locator("h1")).to_contain_text("January 1, 2024 to February 28, 2024")
    takeaways = page.locator(".takeaways li")
    expect(takeaways.first).to_be_visible()
    takeaways.first.locator("sup.cite a").first.click()
    source = page.locator(".brief-sources li:target")
    expect(source).to_have_count(1)
    source.locator("a").first.click()
    expect(page).to_have_url(re.compile(r"/documents/\d+$"))
