"""The map at scale, in Chromium: a synthetic store (the one `bench --scale` builds) with more
events than the map lists, served by a real `watchfloor serve`. The page asks for its viewport and
zoom, draws the server's grid cells as numbered circles, and asks again for the smaller viewport
when the reader zooms in, until the events themselves are drawn."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from watchfloor.scale.build import build_store
from watchfloor.web.screenshots import running_server


@pytest.fixture(scope="module")
def big_map(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path: Path = tmp_path_factory.mktemp("map-scale") / "synthetic.db"
    build_store(path, passages=30000)
    with running_server(path) as base:
        yield base


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def _asked(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_the_map_asks_for_its_viewport_and_draws_cells_then_events(page: Page, big_map: str) -> None:
    with page.expect_response(lambda r: "/api/map/events?" in r.url) as first:
        page.goto(f"{big_map}/map?min_confidence=0")
    asked = _asked(first.value.url)
    west, south, east, north = (float(v) for v in asked["bbox"].split(","))
    assert west < east and south < north and int(asked["zoom"]) >= 0
    body = first.value.json()
    assert body["features"] == [] and body["total"] > 500  # more than the map lists: cells only
    status = page.locator("#map-status")
    expect(status).to_contain_text("counted per area")
    circles = page.locator("span.map-cell")
    expect(circles).to_have_count(len(body["cells"]))
    assert sum(int(t) for t in circles.all_inner_texts()) == body["total"]
    zoom = int(asked["zoom"])
    for _ in range(8):  # click the busiest circle until the view holds few enough events to list
        with page.expect_response(lambda r: "/api/map/events?" in r.url) as closer:
            page.locator("span.map-cell").first.click()
        now = _asked(closer.value.url)
        assert int(now["zoom"]) > zoom
        zoom = int(now["zoom"])
        if closer.value.json()["features"]:
            break
    expect(status).to_have_text(re.compile(r"^\d+ events? with a place in this view: \d+ at a city or site"))
    w, s, e, n = (float(v) for v in now["bbox"].split(","))
    assert west <= w < e <= east and south <= s < n <= north and (e - w) < (east - west)
