"""Full-page screenshots of the web workspace in a real Chromium (`watchfloor screenshots DIR`).

The app runs as a real `watchfloor serve` process on a free loopback port; Playwright drives the
system's Chromium (Debian's package at /usr/bin/chromium: Playwright's own browser download is not
used). Every request that would leave the test server is aborted, so the pictures show what the
workspace renders offline. The same helpers start the server and the browser for the browser tests.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import httpx

from watchfloor.errors import WatchfloorError
from watchfloor.store.queries import StoreQueries
from watchfloor.web.network import busiest_parties

if TYPE_CHECKING:
    from playwright.sync_api import Browser, FloatRect, Playwright, Route, ViewportSize

CHROMIUM = Path(os.environ.get("WATCHFLOOR_CHROMIUM", "/usr/bin/chromium"))
# Headless, no sandbox (CI runs as root), and none of Chromium's own calls home: on a closed network
# they fail, many at a time. Playwright gives each launch a fresh, empty profile directory itself.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEARCH_WORD = "drone"
START_TIMEOUT = 30.0
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
MAX_HEIGHT = 4000  # a long page (the timeline's event list) is cut here


@dataclass(frozen=True)
class Shot:
    name: str  # the PNG's stem
    path: str  # the URL path asked for


def free_port() -> int:
    """A loopback port free just now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running_server(db_path: Path | str, timeout: float = START_TIMEOUT) -> Iterator[str]:
    """Run `watchfloor serve` over `db_path` on a free loopback port; yield its base URL once it
    answers, and stop it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "watchfloor", "serve", "--db", str(db_path)]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(process, base, timeout)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(process: subprocess.Popen[str], base: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            problem = process.stderr.read() if process.stderr else ""
            raise WatchfloorError(f"watchfloor serve exited with {process.returncode}: {problem.strip()}")
        try:
            if httpx.get(base + "/openapi.json", timeout=1.0).status_code in (200, 401):  # 401: sign-in is on
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise WatchfloorError(f"watchfloor serve did not answer at {base} within {timeout:.0f} s")


def launch_chromium(playwright: Playwright) -> Browser:
    if not CHROMIUM.is_file():
        raise WatchfloorError(f"{CHROMIUM}: no Chromium here (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def pages_to_shoot(db_path: Path | str) -> list[Shot]:
    """Search, the reader of the document with most events, the entity in most events, the map,
    timeline and network pages, and the network of who signed agreements with the entity in
    most agreements (all events, not only confident ones)."""
    queries = StoreQueries.open(db_path)
    try:
        document = queries.conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN events e ON e.document_id = d.id"
            " GROUP BY d.id ORDER BY count(e.id) DESC, d.id LIMIT 1"
        ).fetchone()
        entity = queries.conn.execute(
            "SELECT x.id FROM entities x JOIN events e ON e.actor_id = x.id OR e.recipient_id = x.id"
            " GROUP BY x.id ORDER BY count(*) DESC, x.id LIMIT 1"
        ).fetchone()
        agreements = busiest_parties(queries, "AGREE", 1)
    finally:
        queries.close()
    if document is None or entity is None:
        raise WatchfloorError(f"{db_path}: the store holds no documents or entities to show")
    return [
        Shot("search", "/search?" + urlencode({"q": SEARCH_WORD})),
        Shot("reader", f"/documents/{document[0]}"),
        Shot("entity", f"/entities/{entity[0]}"),
        Shot("map", "/map"),
        Shot("timeline", "/timeline"),
        Shot("network", "/network"),
        *(
            Shot(
                "network-agreements",
                "/network?" + urlencode({"actor": i, "type": "AGREE", "min_confidence": 0}),
            )
            for i, _ in agreements
        ),
    ]


def take_screenshots(db_path: Path | str, out_dir: Path) -> list[Path]:
    """Save a full-page PNG of each page of `pages_to_shoot` into `out_dir`; return the files."""
    from playwright.sync_api import sync_playwright

    shots = pages_to_shoot(db_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with running_server(db_path) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            context.route("**/*", lambda route: _local_only(route, base))
            page = context.new_page()
            for shot in shots:
                page.goto(base + shot.path, wait_until="networkidle")
                path = out_dir / f"{shot.name}.png"
                height = min(int(page.evaluate("document.documentElement.scrollHeight")), MAX_HEIGHT)
                clip: FloatRect = {"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height}
                page.screenshot(path=str(path), full_page=True, clip=clip)
                written.append(path)
        finally:
            browser.close()
    return written


def _local_only(route: Route, base: str) -> None:
    url = route.request.url
    if url == base or url.startswith(base + "/") or url.startswith("data:"):
        route.continue_()
    else:
        route.abort()
