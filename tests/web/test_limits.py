"""Limits and headers: oversize requests, searches, pages and exports get clear refusals, every
response carries the strict headers, and an unexpected error never shows a stack trace."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from watchfloor.store.fts_query import MAX_QUERY_CHARS, MAX_TERMS
from watchfloor.web import create_app
from watchfloor.web.limits import MAX_BODY, MAX_QUERY_STRING, SECURITY_HEADERS

from .conftest import WebStore

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient


def _boom() -> None:
    raise RuntimeError("secret internal detail at /srv/watchfloor/secret.py line 12")


@pytest.fixture(scope="module")
def app(web_store: WebStore) -> FastAPI:
    app = create_app(web_store.path)
    app.add_api_route("/api/boom", _boom)
    app.add_api_route("/boom", _boom)
    return app


@pytest.fixture(scope="module")
def raw(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def _assert_strict(headers: object) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value, name  # type: ignore[index]


@pytest.mark.parametrize(
    "path",
    ["/", "/search?q=drone", "/api/search?q=drone", "/api/documents/999999", "/no-such-page",
     "/api/search?limit=0", "/static/countries-110m.json", "/api/boom", "/boom", "/openapi.json"],
)  # fmt: skip
def test_every_response_has_the_strict_headers(raw: TestClient, path: str) -> None:
    _assert_strict(raw.get(path).headers)


@pytest.mark.parametrize("path", ["/api/boom", "/boom"])
def test_an_unexpected_error_is_a_plain_500_without_a_trace(raw: TestClient, path: str) -> None:
    response = raw.get(path)
    assert response.status_code == 500
    assert "secret" not in response.text and "Traceback" not in response.text
    assert f"internal error while answering {path}; see the server's log" in response.text


def test_an_overlong_query_string_is_refused_before_it_is_read(raw: TestClient) -> None:
    response = raw.get("/api/search", params={"q": "a" * MAX_QUERY_STRING})
    assert response.status_code == 414
    assert response.json()["detail"].endswith(f"at most {MAX_QUERY_STRING} are accepted")
    _assert_strict(response.headers)


def test_an_oversize_body_is_refused(raw: TestClient) -> None:
    response = raw.post("/unsubscribe", content=b"token=" + b"x" * MAX_BODY)
    assert response.status_code == 413
    assert f"over the {MAX_BODY}-byte limit" in response.text


@pytest.mark.parametrize("path", ["/api/search", "/search"])
def test_overlong_search_text_is_refused_with_its_length(raw: TestClient, path: str) -> None:
    response = raw.get(path, params={"q": "drone " * 200})
    assert response.status_code == 400
    assert f"search text is 1200 characters long; at most {MAX_QUERY_CHARS} are searched" in response.text


def test_too_many_terms_are_refused(raw: TestClient) -> None:
    response = raw.get("/api/search", params={"q": " OR ".join(["ab"] * (MAX_TERMS + 1))})
    assert response.status_code == 400
    assert response.json()["detail"] == f"search text has more than {MAX_TERMS} terms; search for fewer"


@pytest.mark.parametrize(
    ("path", "top"), [("/api/search", 500), ("/api/events", 5000), ("/api/entities", 500)]
)
def test_page_size_is_bounded(raw: TestClient, path: str, top: int) -> None:
    assert raw.get(path, params={"q": "iran", "limit": top}).status_code == 200
    response = raw.get(path, params={"q": "iran", "limit": top + 1})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "limit"] and str(top) in error["msg"]


def test_an_export_over_the_limit_is_refused_before_streaming(app: FastAPI, raw: TestClient) -> None:
    app.state.max_export_events = 2
    try:
        response = raw.get("/api/export/csv")
    finally:
        del app.state.max_export_events
    assert response.status_code == 413
    assert "events, over the limit of 2; narrow it" in response.json()["detail"]
    assert raw.get("/api/export/csv").status_code == 200
