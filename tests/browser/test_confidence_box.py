"""The map's and the network's "show all events" box in a real browser: unticked, the page asks for
confident events only; ticked, it asks for every event (min_confidence=0), draws what the API
answered, and a reload keeps the box ticked."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, Response, expect


def _asks_for_all(api: str) -> Any:
    def matches(response: Response) -> bool:
        return api in response.url and "min_confidence=0" in response.url and response.ok

    return matches


@pytest.mark.parametrize(
    ("path", "form", "api", "status", "drawn"),
    [
        ("/map", "#map-filters", "/api/map/events", "#map-status", "features"),
        ("/network", "#network-filters", "/api/network", "#network-status", "nodes"),
    ],
)
def test_the_show_all_box_asks_for_every_event(
    page: Page, served: Any, path: str, form: str, api: str, status: str, drawn: str
) -> None:
    with page.expect_response(lambda r: api in r.url and r.ok) as first:
        page.goto(f"{served.base}{path}")
    assert "min_confidence" not in first.value.url
    box = page.locator(f"{form} input[name=min_confidence]")
    expect(box).to_be_visible()
    expect(box).not_to_be_checked()
    with page.expect_response(_asks_for_all(api)) as every:
        box.check()
    count = len(every.value.json()[drawn])
    expect(page.locator(status)).to_have_text(re.compile(rf"^{count} "))
    page.reload(wait_until="networkidle")
    expect(page.locator(f"{form} input[name=min_confidence]")).to_be_checked()
