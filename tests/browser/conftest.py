"""Browser tests: a real `watchfloor serve` over a demo store (plus a hostile document), driven in
Debian's Chromium (/usr/bin/chromium) by Playwright. Without that Chromium, or without Playwright,
every test here is skipped with the reason; CI (`.ci/run`) installs both."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from watchfloor.demo import demo_sources
from watchfloor.ingest import ingest
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.web.screenshots import CHROMIUM, launch_chromium, running_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright, Request, Route

PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_DOC = f"""---
title: "Pwned desk note"
published: 2024-03-05
---
Pwned desk note, March 5, 2024

Iran supplied drones to Russia {PAYLOAD_SCRIPT} in March 2024, officials said.

A second paragraph {PAYLOAD_IMG} follows here.
"""
OFFLINE_STUB = "<!doctype html><title>offline stub</title><p>not fetched: the test network is unplugged"


@dataclass(frozen=True)
class Served:
    base: str  # http://127.0.0.1:PORT
    db_path: Path
    hostile_id: int


@dataclass
class Traffic:
    """Every URL the page asked for, and the requests that would have left the test server."""

    base: str
    urls: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        return [u for u in self.urls if not (u == self.base or u.startswith(self.base + "/"))]


@pytest.fixture(scope="session", autouse=True)
def _chromium_required() -> None:
    if not CHROMIUM.is_file():
        pytest.skip(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run these"
        )
    pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[test]')"
    )


@pytest.fixture(scope="session")
def browser_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The demo corpus plus the hostile document, ingested by the library as `watchfloor demo` does."""
    root = tmp_path_factory.mktemp("browser")
    hostile = root / "pwned-note.md"
    hostile.write_text(HOSTILE_DOC, encoding="utf-8")
    path = root / "browser.db"
    with open_store(path) as store:
        outcomes = list(ingest([*demo_sources(), str(hostile)], store, Settings()))
    assert [o for o in outcomes if o.status == "failed"] == []
    hostile_id = next(o.document_id for o in outcomes if o.name == hostile.name)
    assert hostile_id is not None
    return path, hostile_id


@pytest.fixture(scope="session")
def served(browser_store: tuple[Path, int]) -> Iterator[Served]:
    path, hostile_id = browser_store
    with running_server(path) as base:
        yield Served(base, path, hostile_id)


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Playwright]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_session: Playwright) -> Iterator[Browser]:
    chromium = launch_chromium(playwright_session)
    yield chromium
    chromium.close()


@pytest.fixture
def traffic(served: Served) -> Traffic:
    return Traffic(served.base)


@pytest.fixture
def page(browser: Browser, served: Served, traffic: Traffic) -> Iterator[Page]:
    """A new page in a fresh context. Every request is recorded; one for anywhere but the test
    server is answered by a local stub, so nothing ever leaves the machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)

    def stub_foreign(route: Route) -> None:
        if route.request.url.startswith(served.base + "/"):
            route.continue_()
        else:
            route.fulfill(status=200, content_type="text/html", body=OFFLINE_STUB)

    def record(request: Request) -> None:
        traffic.urls.append(request.url)

    context.route("**/*", stub_foreign)
    context.on("request", record)
    new_page = context.new_page()
    yield new_page
    context.close()
