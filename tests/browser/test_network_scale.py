"""The network at 200 entities, in Chromium: a store built by the library (one document whose
extraction links 200 named entities by 400 events: hubs and a long tail), served by a real
`watchfloor serve`. No two shown labels overlap; the busiest are named, and a node whose name
did not fit shows it on hover."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from tests.browser.test_views import overlapping, visible_label_boxes, wait_for_network

from watchfloor.models import Document, Layout, Passage
from watchfloor.nlp.types import Entity, Event, Extraction
from watchfloor.store import open_store
from watchfloor.web.screenshots import running_server

NODES = 200
WORDS = ["Northern", "Ministry", "Council", "Brigade", "Front", "Authority", "Directorate", "Union"]


def _extraction(text: str) -> Extraction:
    names = [f"{WORDS[i % 8]} {WORDS[(i * 3 + 1) % 8]} Group {i:03d}" for i in range(NODES)]
    entities = [
        Entity(key=f"ORG:scale-{i}", name=n, type="ORG", country="IRN", mentions=[n])
        for i, n in enumerate(names)
    ]
    events = []
    for i in range(NODES * 2):  # every entity acts on a hub (0-9) and on a neighbour
        actor = names[i % NODES]
        recipient = names[i % 10] if i < NODES else names[(i + 1) % NODES]
        if actor == recipient:
            recipient = names[(i + 11) % NODES]
        kind = "AGREE" if i % 3 else "ASSAULT"
        events.append(
            Event(
                kind,
                None,
                actor,
                "IRN",
                recipient,
                "IRN",
                "2024-01-05",
                None,
                "asserted",
                None,
                text[:40],
                0,
                40,
                trigger="signed",
                confidence=0.9,
            )
        )
    return Extraction(entities=entities, events=events)


@pytest.fixture(scope="module")
def big_network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = Path(tmp_path_factory.mktemp("scale")) / "scale.db"
    text = "Scale report, January 5, 2024\n\nMany groups signed many agreements on January 5, 2024.\n"
    document = Document(text=text, source="scale.txt", name="scale.txt", format="text", title="Scale")
    layout = Layout(body_end=len(text), citations=[], passages=[Passage("paragraph", 0, len(text))])
    with open_store(path) as store:
        store.add_document(document, layout, _extraction(text))
    with running_server(path) as base:
        yield base


@pytest.fixture
def page(browser: Browser, big_network: str) -> Iterator[Page]:
    """A fresh page that may reach the big store's server only."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(big_network + "/") else route.abort(),
    )
    yield context.new_page()
    context.close()


def test_two_hundred_nodes_have_no_overlapping_labels(page: Page, big_network: str) -> None:
    page.goto(f"{big_network}/network", wait_until="networkidle")
    wait_for_network(page)
    expect(page.locator("#network-status")).to_have_text(re.compile(rf"^{NODES} entities"))
    boxes = visible_label_boxes(page)
    assert overlapping(boxes) == []
    assert 15 <= len(boxes) < NODES  # the busiest named, not all of them
    named = {str(b["text"]) for b in boxes}
    assert {f"{WORDS[i % 8]} {WORDS[(i * 3 + 1) % 8]} Group {i:03d}" for i in range(3)} <= named  # hubs first


def test_an_unlabelled_node_shows_its_name_on_hover(page: Page, big_network: str) -> None:
    page.goto(f"{big_network}/network", wait_until="networkidle")
    wait_for_network(page)
    hidden: Any = page.locator("svg.network text.label.hidden").first.text_content()
    assert hidden
    label = page.locator("svg.network text.label", has_text=re.compile(rf"^{re.escape(hidden)}$"))
    expect(label).to_be_hidden()
    node = page.locator("svg.network a.node").filter(
        has=page.locator("title", has_text=re.compile(rf"^{re.escape(hidden)} "))
    )
    node.dispatch_event("mouseenter")
    expect(label).to_be_visible()
    node.dispatch_event("mouseleave")
    expect(label).to_be_hidden()
