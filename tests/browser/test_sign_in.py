"""Signing in with a real browser: a real `watchfloor serve` over a store with users, in Chromium.
The workspace answers with the sign-in page, brings the analyst back to where they were going,
works as before once signed in (search, reader, map's scripts), makes a token, and signs out."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from watchfloor.store import open_store
from watchfloor.store.users import add_user
from watchfloor.web.screenshots import running_server

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def team_server(browser_store: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The browser store copied, with one analyst: sign-in is on."""
    path = tmp_path_factory.mktemp("team") / "team.db"
    source, target = sqlite3.connect(browser_store[0]), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    with open_store(path) as store:
        add_user(store.conn, "ana", PASSWORD, "analyst")
    with running_server(path) as base:
        yield base


@pytest.fixture
def team_page(browser: Browser, team_server: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(team_server) else route.abort(),
    )
    yield context.new_page()
    context.close()


def test_sign_in_use_the_workspace_make_a_token_and_sign_out(team_page: Page, team_server: str) -> None:
    page = team_page
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    answer = page.goto(f"{team_server}/search?q=Shahed")
    assert answer is not None and answer.status == 401
    expect(page.locator("h1")).to_have_text("Sign in")
    page.get_by_label("Name").fill("ana")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("p.error")).to_contain_text("name or the password is wrong")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/search\?q=Shahed$"))  # back where the analyst was going
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert cookies["watchfloor_session"]["httpOnly"] and cookies["watchfloor_session"]["sameSite"] == "Lax"
    hits = page.locator("li.hit a.title")
    expect(hits.first).to_be_visible()
    hits.first.click()
    expect(page).to_have_url(re.compile(r"/documents/\d+"))
    expect(page.locator("#doc-text")).to_contain_text("Shahed")
    page.goto(f"{team_server}/map")
    expect(page.locator(".leaflet-container")).to_be_visible()  # the page's scripts and API calls work
    page.locator("header .who a").click()
    expect(page.locator("h1")).to_have_text("ana")
    page.get_by_label("Label").fill("notebook")
    page.get_by_role("button", name="Create token").click()
    token = page.locator("code.token").inner_text().strip()
    me = httpx.get(f"{team_server}/api/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["role"] == "analyst"
    page.get_by_role("button", name="Revoke").click()
    expect(page.locator("table.tokens")).to_contain_text("revoked")
    assert httpx.get(f"{team_server}/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/signin$"))
    assert page.goto(f"{team_server}/search") is not None
    expect(page.locator("h1")).to_have_text("Sign in")
    assert errors == []
