"""`watchfloor serve` and `watchfloor bench --web`, and the app under a real uvicorn server."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from watchfloor.web import app as web_app
from watchfloor.web import create_app

runner = CliRunner()


def test_serve_binds_loopback_by_default_and_answers_only_local_names(
    web_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from watchfloor.cli import app

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kwargs: calls.append(kwargs))
    result = runner.invoke(app, ["serve", "--db", str(web_store.path)])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8000, "log_level": "info"}]
    # beyond loopback only with sign-in: this store has no users (tests/cli/test_user_commands.py)
    result = runner.invoke(app, ["serve", "--db", str(web_store.path), "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 2 and "refusing to serve beyond loopback" in result.output and len(calls) == 1


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    from watchfloor.cli import app

    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store here" in result.output
    assert not (tmp_path / "none.db").exists()


def test_bench_web_prints_median_and_p95_per_route(web_store: Any) -> None:
    from watchfloor.cli import app

    result = runner.invoke(
        app, ["bench", "--web", "--db", str(web_store.path), "--repeat", "3"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "Web latency per route" in result.output
    for column in ("median ms", "p95 ms", "/api/search?q=drone", "/api/documents/", "/entities/"):
        assert column in result.output, column


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_the_app_serves_over_http_on_loopback_and_refuses_foreign_host_names(web_store: Any) -> None:
    port = _free_port()
    application = create_app(web_store.path, allowed_hosts=[*web_app.LOOPBACK_NAMES, "127.0.0.1"])
    server = uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        base = f"http://127.0.0.1:{port}"
        response = httpx.get(f"{base}/api/search", params={"q": "drone"}, timeout=10)
        assert response.status_code == 200 and response.json()["hits"]
        assert httpx.get(f"{base}/search", params={"q": "drone"}, timeout=10).status_code == 200
        rebound = httpx.get(
            f"{base}/api/search", params={"q": "x"}, headers={"Host": "evil.example"}, timeout=10
        )
        assert rebound.status_code == 400  # a DNS-rebinding page cannot read the store
    finally:
        server.should_exit = True
        thread.join(timeout=10)
