"""Sign-in over every route: 401 without credentials (walking the app's own route list), roles
(403 for a reader on ingest, watch and user routes), bearer tokens until revoked, and the loopback
store without users that stays open as before."""

from __future__ import annotations

import re
from contextlib import closing
from typing import Any

import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from starlette.routing import Mount, Route

from watchfloor.store.connections import connect
from watchfloor.web import create_app
from watchfloor.web.auth import OPEN_PREFIXES, SIGN_IN, UNSUBSCRIBE, wants_json

from .conftest import AuthStore, TestClient

_PARAM = re.compile(r"\{([a-z_]+)(:[a-z]+)?\}")
SAMPLES = {"format": "csv", "name": "iran", "day": "2024-01-12", "document_id": "1", "entity_id": "1"}


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _concrete(path: str) -> str:
    return _PARAM.sub(lambda m: SAMPLES.get(m.group(1), "1"), path)


def _walk(app: Any) -> list[tuple[str, str]]:
    """(method, path) of every route the app declares; mounts are checked to be the open assets."""
    calls = []
    for route in iter_route_contexts(app.routes):
        assert route.path is not None, route
        if isinstance(route.original_route, Mount):
            assert (route.path + "/").startswith(OPEN_PREFIXES), route.path
            continue
        assert isinstance(route.original_route, APIRoute | Route), route
        for method in sorted(route.methods or ()):
            if method != "HEAD":
                calls.append((method, _concrete(route.path)))
    return calls


def test_every_page_and_api_route_answers_401_without_credentials(auth_client: TestClient) -> None:
    calls = _walk(auth_client.app)
    paths = {path for _, path in calls}
    for expected in (
        "/search",
        "/map",
        "/api/search",
        "/api/ingest",
        "/api/users",
        "/api/watches",
        "/account",
    ):
        assert expected in paths, expected  # the walk sees every router, the new ones included
    checked = 0
    for method, path in calls:
        if path in (SIGN_IN, UNSUBSCRIBE):
            continue  # the sign-in form itself, and the signed links of mailed briefs
        response = auth_client.request(method, path, json={} if method != "GET" else None)
        assert response.status_code == 401, (method, path, response.status_code, response.text[:200])
        if wants_json(path):
            assert response.headers["www-authenticate"] == "Bearer", path
            assert "authentication required" in response.json()["detail"]
        else:
            assert 'action="/signin"' in response.text, path  # the sign-in page, with status 401
        checked += 1
    assert checked >= 40


def test_a_wrong_or_malformed_token_is_401_even_on_open_paths_of_the_api(auth_client: TestClient) -> None:
    for header in ("Bearer wf_nothing", "Basic YWxpY2U6eA==", "Bearer"):
        response = auth_client.get("/api/search", params={"q": "drone"}, headers={"Authorization": header})
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def test_a_reader_reads_but_gets_403_on_ingest_watch_and_user_routes(
    auth_client: TestClient, auth_store: AuthStore
) -> None:
    reader = _bearer(auth_store.tokens["reader"])
    assert auth_client.get("/api/search", params={"q": "drone"}, headers=reader).status_code == 200
    assert auth_client.get("/map", headers=reader).status_code == 200
    assert auth_client.get("/api/me", headers=reader).json()["role"] == "reader"
    refused = [
        ("POST", "/api/ingest", {"text": "Iran sent drones to Russia.", "name": "x.txt"}),
        ("GET", "/api/watches", None),
        ("POST", "/api/watches", {"name": "w1"}),
        ("DELETE", "/api/watches/w1", None),
        ("GET", "/api/users", None),
        ("POST", "/api/users", {"name": "eve", "password": "long enough pass", "role": "admin"}),
        ("PUT", "/api/users/reader/role", {"role": "admin"}),
        ("DELETE", "/api/users/admin", None),
        ("GET", "/api/audit", None),
    ]
    for method, path, body in refused:
        response = auth_client.request(method, path, json=body, headers=reader)
        assert response.status_code == 403, (method, path, response.text)
        assert "needs the" in response.json()["detail"]
    analyst = _bearer(auth_store.tokens["analyst"])
    assert auth_client.get("/api/users", headers=analyst).status_code == 403
    with closing(connect(auth_store.path)) as conn:
        roles = dict(conn.execute("SELECT name, role FROM users"))
    assert roles["reader"] == "reader" and "eve" not in roles  # nothing the reader asked was done


def test_an_analyst_ingests_and_keeps_watches(auth_client: TestClient, auth_store: AuthStore) -> None:
    analyst = _bearer(auth_store.tokens["analyst"])
    text = "Analyst desk note, May 2, 2024\n\nIran delivered Shahed drones to Russia on May 1, 2024.\n"
    response = auth_client.post("/api/ingest", json={"text": text, "name": "desk note.txt"}, headers=analyst)
    assert response.status_code == 200, response.text
    [outcome] = response.json()["outcomes"]
    assert outcome["status"] == "new" and outcome["name"] == "desk-note.txt"
    found = auth_client.get(f"/api/documents/{outcome['document_id']}", headers=analyst)
    assert found.status_code == 200
    both = auth_client.post("/api/ingest", json={"text": "x", "url": "https://example.org"}, headers=analyst)
    assert both.status_code == 422 and "either 'text'" in both.json()["detail"]
    made = auth_client.post("/api/watches", json={"name": "iran-aid", "types": ["aid"]}, headers=analyst)
    assert made.status_code == 201 and made.json()["types"] == ["AID"]
    bad = auth_client.post("/api/watches", json={"name": "no spaces"}, headers=analyst)
    assert bad.status_code == 422 and "watch name" in bad.json()["detail"]
    names = [w["name"] for w in auth_client.get("/api/watches", headers=analyst).json()["watches"]]
    assert "iran-aid" in names
    assert auth_client.delete("/api/watches/iran-aid", headers=analyst).status_code == 200
    assert auth_client.delete("/api/watches/iran-aid", headers=analyst).status_code == 404


def test_an_admin_manages_users_and_bad_input_names_the_field(
    auth_client: TestClient, auth_store: AuthStore
) -> None:
    admin = _bearer(auth_store.tokens["admin"])
    short = auth_client.post("/api/users", json={"name": "dana", "password": "short"}, headers=admin)
    assert short.status_code == 422 and short.json()["detail"].startswith("password: too short")
    role = auth_client.post(
        "/api/users", json={"name": "dana", "password": "long enough pass", "role": "boss"}, headers=admin
    )
    assert role.status_code == 422 and "role 'boss'" in role.json()["detail"]
    made = auth_client.post(
        "/api/users", json={"name": "Dana", "password": "long enough pass"}, headers=admin
    )
    assert made.status_code == 201 and made.json() == {**made.json(), "name": "dana", "role": "reader"}
    promoted = auth_client.put("/api/users/dana/role", json={"role": "analyst"}, headers=admin)
    assert promoted.status_code == 200 and promoted.json()["role"] == "analyst"
    assert (
        auth_client.put("/api/users/nobody/role", json={"role": "reader"}, headers=admin).status_code == 404
    )
    assert auth_client.delete("/api/users/dana", headers=admin).status_code == 200
    names = [u["name"] for u in auth_client.get("/api/users", headers=admin).json()["users"]]
    assert "dana" not in names and "admin" in names
    last = auth_client.put("/api/users/admin/role", json={"role": "reader"}, headers=admin)
    assert last.status_code == 422 and "last admin" in last.json()["detail"]
    entries = auth_client.get("/api/audit", params={"limit": 20}, headers=admin).json()["entries"]
    mine = [(e["method"], e["path"], e["status"]) for e in entries if e["user_name"] == "admin"]
    assert ("DELETE", "/api/users/dana", 200) in mine and ("POST", "/api/users", 422) in mine


def test_a_token_works_until_it_is_revoked(auth_client: TestClient, auth_store: AuthStore) -> None:
    reader = _bearer(auth_store.tokens["reader"])
    made = auth_client.post("/api/tokens", json={"label": "script"}, headers=reader)
    assert made.status_code == 201
    token, token_id = made.json()["token"], made.json()["id"]
    with closing(connect(auth_store.path)) as conn:
        stored = conn.execute("SELECT token_hash FROM api_tokens WHERE id = ?", (token_id,)).fetchone()[0]
    assert token not in stored and len(stored) == 64  # only its SHA-256 is kept
    assert auth_client.get("/api/events", headers=_bearer(token)).status_code == 200
    other = _bearer(auth_store.tokens["analyst"])
    assert auth_client.delete(f"/api/tokens/{token_id}", headers=other).status_code == 404  # not theirs
    assert auth_client.delete(f"/api/tokens/{token_id}", headers=_bearer(token)).status_code == 200
    after = auth_client.get("/api/events", headers=_bearer(token))
    assert after.status_code == 401 and "not valid" in after.json()["detail"]
    listed = auth_client.get("/api/tokens", headers=reader).json()["tokens"]
    assert [t["revoked_at"] is not None for t in listed if t["id"] == token_id] == [True]


def test_loopback_store_without_users_needs_no_sign_in(client: TestClient) -> None:
    assert client.get("/search", params={"q": "drone"}).status_code == 200
    assert client.get("/api/search", params={"q": "drone"}).status_code == 200
    assert client.get("/api/me").status_code == 409  # no one to be
    signin = client.get("/signin")
    assert signin.status_code == 200 and "Sign-in is off" in signin.text


def test_required_sign_in_without_users_lets_nobody_in(web_store: Any) -> None:
    with TestClient(create_app(web_store.path, require_auth=True)) as locked:
        assert locked.get("/search").status_code == 401
        assert locked.get("/api/events").status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}],
)
def test_a_cross_site_post_is_refused_even_without_users(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/watches", json={"name": "cross"}, headers=headers)
    assert response.status_code == 403 and "another site" in response.json()["detail"]
    assert all(w["name"] != "cross" for w in client.get("/api/watches").json()["watches"])
