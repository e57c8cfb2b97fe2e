"""Generated parameters at every route of the web app (query, path and form), found from the app
itself so a route added later is fuzzed too: never a 5xx, never a traceback, every refusal a clear
message naming the parameter or the problem, and the strict headers on every answer."""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from hypothesis import given
from hypothesis import strategies as st

from watchfloor.demo import demo_sources
from watchfloor.ingest import ingest
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.web import create_app
from watchfloor.web.limits import SECURITY_HEADERS

from .conftest import examples, tried
from .strategies import text_noise

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

HOSTILE = """---
title: "<script>alert(1)</script> Note"
url: "hxxps://bad[.]example[.]net/p"
published: 2024-03-01
---
Iran supplied Shahed drones to Russia in February 2024, officials said.[1]

Notes

[1] javascript:alert(3)
"""


def _api_routes(routes: list[Any]) -> Iterator[APIRoute]:
    """Every APIRoute, inside included routers too (FastAPI keeps those under `original_router`)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):
            yield from _api_routes(route.original_router.routes)


def _fields(dependant: Any, kind: str) -> Iterator[str]:
    for field in getattr(dependant, kind):
        yield str(field.alias)
    for sub in dependant.dependencies:
        yield from _fields(sub, kind)


def _routes() -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(method, path, query and form parameters, path parameters) of each route, from a bare app."""
    app = create_app(Path(tempfile.mkdtemp(prefix="watchfloor-routes-")) / "empty.db")
    found = []
    for route in _api_routes(app.routes):
        query = tuple(dict.fromkeys([*_fields(route.dependant, "query_params"),
                                     *_fields(route.dependant, "body_params")]))  # fmt: skip
        for method in sorted(route.methods or ()):
            found.append(
                (method, route.path, query, tuple(dict.fromkeys(_fields(route.dependant, "path_params"))))
            )
    return found


ROUTES = _routes()
WEIRD = [
    "",
    " ",
    "0",
    "-1",
    "1",
    "2",
    "1e309",
    "nan",
    "inf",
    "-0",
    "9" * 40,
    "0.5",
    "1.5",
    "2023",
    "2023-13",
    "2024-02-30",
    "9999-12-31",
    "0000",
    "Iran",
    "IRN",
    "ASSAULT",
    "asserted",
    "month",
    "year",
    "document",
    "passage",
    "csv",
    "stix",
    "%",
    "%%",
    "'",
    '"',
    "\\",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "\u202e",
    "\ufeff",
    "😀",
    "a" * 600,
    "NULL",
    "OR",
    '"unclosed',
    "-",
    "*",
    "::",
    "[",
    "true",
]
values = st.one_of(st.sampled_from(WEIRD), text_noise, st.integers(-(2**70), 2**70).map(str))


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    root = tmp_path_factory.mktemp("fuzz-web")
    (root / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    with open_store(root / "web.db") as store:
        sources = [*demo_sources()[:5], str(root / "hostile.md")]
        assert all(o.status != "failed" for o in ingest(sources, store, Settings()))
    return create_app(root / "web.db")


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:  # an exception escaping the app fails the test
        yield test_client


def test_every_route_is_found() -> None:
    paths = {path for _, path, _, _ in ROUTES}
    assert {"/api/search", "/api/documents/{document_id}", "/map", "/api/export/{format_name}"} <= paths
    assert len(ROUTES) >= 25


def _clear(response: Any) -> None:
    """A refusal says what was wrong: JSON `detail` naming the field, or an error page saying why."""
    if response.headers.get("content-type", "").startswith("application/json"):
        detail = response.json()["detail"]
        if isinstance(detail, list):
            assert detail and all(e["loc"] and e["msg"] for e in detail), detail
        else:
            assert isinstance(detail, str) and detail.strip(), detail
    else:  # the error page (with its status), or the page with the problem in its alert box
        assert str(response.status_code) in response.text or 'role="alert"' in response.text, response.text[
            :300
        ]


@pytest.mark.parametrize(
    ("method", "path", "query", "in_path"), ROUTES, ids=[f"{m} {p}" for m, p, _, _ in ROUTES]
)
@examples(60)
@given(data=st.data())
def test_route_parameters(
    client: TestClient, method: str, path: str, query: tuple[str, ...], in_path: tuple[str, ...], data: Any
) -> None:
    tried["API route parameters"] += 1
    params = data.draw(
        st.dictionaries(st.sampled_from(query), values, max_size=len(query)) if query else st.just({})
    )
    url = path
    for name in in_path:
        url = url.replace("{" + name + "}", quote(data.draw(values, label=name), safe="") or "%20")
    if method == "POST":
        response = client.post(url, data=params)
    else:
        response = client.request(method, url, params=params)
    body = response.text
    assert response.status_code < 500, (url, params, body[:500])
    assert "Traceback" not in body and 'File "/' not in body, (url, params)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (url, name)
    if response.status_code >= 400:
        _clear(response)
