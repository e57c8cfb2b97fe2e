"""Browser sessions over the app: signing in and out, the cookie's flags, CSRF on every form that
changes state, failed sign-ins limited per account and per address, and the audit log."""

from __future__ import annotations

import re
from contextlib import closing

import pytest

from watchfloor.store import open_store
from watchfloor.store.connections import connect
from watchfloor.store.users import add_user, remove_user, set_role
from watchfloor.web import create_app
from watchfloor.web.ratelimit import SignInLimiter, SlidingWindow

from .conftest import PASSWORD, AuthStore, TestClient


class Clock:
    """Time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _sign_in(client: TestClient, name: str, password: str = PASSWORD, next_path: str = "/") -> int:
    data = {"name": name, "password": password, "next": next_path}
    return client.post("/signin", data=data, follow_redirects=False).status_code


def _csrf(client: TestClient) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/account").text)
    assert found, "the account page carries the session's CSRF token"
    return found.group(1)


@pytest.fixture
def fresh(auth_store: AuthStore) -> TestClient:
    """A client with its own cookie jar (and its own app, so its own sign-in limiter)."""
    return TestClient(create_app(auth_store.path))


def test_signing_in_sets_a_strict_cookie_and_goes_where_the_user_was_going(fresh: TestClient) -> None:
    asked = fresh.get("/map", params={"since": "2023"})
    assert asked.status_code == 401 and 'name="next" value="/map?since=2023"' in asked.text
    response = fresh.post(
        "/signin",
        data={"name": "Reader", "password": PASSWORD, "next": "/map?since=2023"},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/map?since=2023"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    page = fresh.get("/map")
    assert page.status_code == 200 and 'href="/account">reader<' in page.text


def test_the_cookie_is_secure_behind_tls(auth_store: AuthStore) -> None:
    secure = TestClient(create_app(auth_store.path), base_url="https://testserver")
    response = secure.post("/signin", data={"name": "reader", "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 303 and "Secure" in response.headers["set-cookie"]


def test_sign_in_never_redirects_off_the_site(fresh: TestClient) -> None:
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        response = fresh.post(
            "/signin", data={"name": "reader", "password": PASSWORD, "next": target}, follow_redirects=False
        )
        assert response.headers["location"] == "/", target


def test_a_wrong_password_shows_the_form_again(fresh: TestClient) -> None:
    response = fresh.post("/signin", data={"name": "reader", "password": "not the password"})
    assert response.status_code == 401 and "name or the password is wrong" in response.text
    assert fresh.get("/search").status_code == 401


def test_forms_without_the_csrf_token_fail(fresh: TestClient, auth_store: AuthStore) -> None:
    assert _sign_in(fresh, "analyst") == 303
    csrf = _csrf(fresh)
    for data in ({"label": "laptop"}, {"label": "laptop", "csrf_token": "forged"}):
        refused = fresh.post("/account/tokens", data=data)
        assert refused.status_code == 403 and "CSRF" in refused.text
    assert fresh.post("/api/watches", json={"name": "by-cookie"}).status_code == 403  # JSON too
    assert fresh.post("/signout").status_code == 403
    made = fresh.post("/account/tokens", data={"label": "laptop", "csrf_token": csrf})
    assert made.status_code == 200
    secret = re.search(r'<code class="token">(wf_[^<]+)</code>', made.text)
    assert (
        secret
        and fresh.get("/api/me", headers={"Authorization": f"Bearer {secret.group(1)}"}).json()["name"]
        == "analyst"
    )
    watch = fresh.post("/api/watches", json={"name": "by-cookie"}, headers={"X-CSRF-Token": csrf})
    assert watch.status_code == 201
    with closing(connect(auth_store.path)) as conn:
        labels = [r[0] for r in conn.execute("SELECT label FROM api_tokens t JOIN users u ON u.id = t.user_id"
                                               " WHERE u.name = 'analyst'")]  # fmt: skip
    assert labels.count("laptop") == 1  # only the form with the token made one
    out = fresh.post("/signout", data={"csrf_token": csrf}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/signin"
    assert fresh.get("/account").status_code == 401
    fresh.delete(
        "/api/watches/by-cookie", headers={"Authorization": f"Bearer {auth_store.tokens['analyst']}"}
    )


def test_a_removed_or_demoted_user_loses_access_at_once(fresh: TestClient, auth_store: AuthStore) -> None:
    with open_store(auth_store.path) as store:
        add_user(store.conn, "temp", PASSWORD, "analyst")
    assert _sign_in(fresh, "temp") == 303
    csrf = _csrf(fresh)
    with open_store(auth_store.path) as store:
        set_role(store.conn, "temp", "reader")
    refused = fresh.post("/api/watches", json={"name": "temp-watch"}, headers={"X-CSRF-Token": csrf})
    assert refused.status_code == 403
    with open_store(auth_store.path) as store:
        remove_user(store.conn, "temp")
    assert fresh.get("/search").status_code == 401


def test_failed_sign_ins_are_limited_per_account(auth_store: AuthStore) -> None:
    clock = Clock()
    client = TestClient(create_app(auth_store.path))
    client.app.state.sign_in_limiter = SignInLimiter(clock=clock)  # type: ignore[attr-defined]
    for _ in range(5):
        assert _sign_in(client, "reader", "wrong password!") == 401
    blocked = client.post("/signin", data={"name": "reader", "password": PASSWORD}, follow_redirects=False)
    assert blocked.status_code == 429 and "too many failed sign-ins" in blocked.text
    assert int(blocked.headers["retry-after"]) > 0
    assert _sign_in(client, "analyst") == 303  # another account from the same address still may
    clock.now += 15 * 60 + 1
    assert _sign_in(client, "reader") == 303


def test_failed_sign_ins_are_limited_per_address(auth_store: AuthStore) -> None:
    clock = Clock()
    client = TestClient(create_app(auth_store.path))
    client.app.state.sign_in_limiter = SignInLimiter(clock=clock, address_limit=3)  # type: ignore[attr-defined]
    for name in ("nobody1", "nobody2", "nobody3"):
        assert _sign_in(client, name, "wrong password!") == 401
    assert _sign_in(client, "admin") == 429  # a new account, but the same address


def test_the_sliding_window_forgets_old_failures_one_by_one() -> None:
    clock = Clock()
    window = SlidingWindow(limit=2, window=60, clock=clock)
    window.hit("k")
    clock.now += 30
    window.hit("k")
    assert window.retry_after("k") == pytest.approx(30)
    clock.now += 31  # the first failure left the window; the second is still in it
    assert window.retry_after("k") == 0
    window.hit("k")
    assert window.retry_after("k") > 0 and window.retry_after("other") == 0


def test_every_state_changing_request_is_audited(fresh: TestClient, auth_store: AuthStore) -> None:
    fresh.post("/signin", data={"name": "reader", "password": "wrong password!"})
    fresh.post(
        "/api/ingest", json={"text": "x"}, headers={"Authorization": f"Bearer {auth_store.tokens['reader']}"}
    )
    fresh.delete("/api/watches/none")
    with closing(connect(auth_store.path)) as conn:
        rows = conn.execute(
            "SELECT user_name, method, path, status, address FROM audit_log ORDER BY id DESC LIMIT 3"
        ).fetchall()
    assert rows == [
        (None, "DELETE", "/api/watches/none", 401, "testclient"),
        ("reader", "POST", "/api/ingest", 403, "testclient"),
        ("reader", "POST", "/signin", 401, "testclient"),  # the name tried
    ]
