"""`watchfloor users ...` over a real store, and `serve` beyond loopback only once sign-in is on."""

from __future__ import annotations

import warnings
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.store.connections import connect

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

runner = CliRunner()
PASSWORD = "correct horse battery\n"


def users(db: Path | str, *args: str, stdin: str | None = None) -> Any:
    return runner.invoke(app, ["users", *args, "--db", str(db)], input=stdin)


def test_add_list_set_role_and_remove(store_location: str) -> None:
    db = store_location
    assert "no users" in users(db, "list").output or not Path(db).exists()
    added = users(db, "add", "Alice", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    assert added.exit_code == 0 and "user alice added (admin)" in added.output
    assert users(db, "add", "bob", "--password-stdin", stdin=PASSWORD).exit_code == 0
    listed = users(db, "list")
    assert listed.exit_code == 0
    assert [line.split()[:2] for line in listed.output.splitlines()] == [
        ["alice", "admin"],
        ["bob", "reader"],
    ]
    assert users(db, "set-role", "bob", "analyst").output.strip() == "user bob is now analyst"
    assert users(db, "remove", "bob").exit_code == 0
    assert "bob" not in users(db, "list").output
    with closing(connect(db)) as conn:
        stored = conn.execute("SELECT password_hash FROM users WHERE name = 'alice'").fetchone()[0]
    assert stored.startswith("$argon2id$") and "correct horse" not in stored


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["add", "alice", "--password-stdin"], "short\n", "password: too short"),
        (["add", "al ice", "--password-stdin"], PASSWORD, "user name 'al ice'"),
        (["add", "carol", "--role", "boss", "--password-stdin"], PASSWORD, "role 'boss': choose one of"),
        (["set-role", "nobody", "reader"], None, "user 'nobody': no such user"),
        (["remove", "nobody"], None, "user 'nobody': no such user"),
    ],
)
def test_bad_input_names_the_field_and_the_problem(
    store_location: str, args: list[str], stdin: str, message: str
) -> None:
    db = store_location
    users(db, "add", "root", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    result = users(db, *args, stdin=stdin)
    assert result.exit_code == 2 and message in result.output, result.output


def test_the_last_admin_stays_while_others_remain(store_location: str) -> None:
    db = store_location
    users(db, "add", "root", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    users(db, "add", "ann", "--password-stdin", stdin=PASSWORD)
    for args in (["set-role", "root", "reader"], ["remove", "root"]):
        result = users(db, *args)
        assert result.exit_code == 2 and "last admin" in result.output
    assert users(db, "remove", "ann").exit_code == 0
    assert users(db, "remove", "root").exit_code == 0  # the last user: sign-in is off again


def test_tokens_are_printed_once_and_stop_working_when_revoked(store_location: str) -> None:
    db = store_location
    users(db, "add", "ann", "--password-stdin", stdin=PASSWORD)
    created = users(db, "token", "create", "ann", "--label", "cron")
    assert created.exit_code == 0
    secret = created.stdout.strip().splitlines()[-1]
    assert secret.startswith("wf_")
    from watchfloor.web import create_app

    with TestClient(create_app(db)) as client:
        bearer = {"Authorization": f"Bearer {secret}"}
        assert client.get("/api/me", headers=bearer).json()["name"] == "ann"
        listed = users(db, "token", "list", "ann").output
        assert "cron" in listed and secret not in listed and "live" in listed
        token_id = listed.split()[0]
        assert users(db, "token", "revoke", token_id).exit_code == 0
        assert client.get("/api/me", headers=bearer).status_code == 401
    assert users(db, "token", "revoke", token_id).exit_code == 1


def test_serve_binds_beyond_loopback_only_with_users(
    store_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = store_location
    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kwargs: calls.append((application, kwargs)))
    users(db, "add", "x", "--password-stdin", stdin=PASSWORD)
    users(db, "remove", "x")  # a store that exists, with no users
    refused = runner.invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "watchfloor users add NAME --role admin" in refused.output and not calls
    assert runner.invoke(app, ["serve", "--db", str(db), "--host", "127.0.0.1"]).exit_code == 0
    with TestClient(calls[-1][0], base_url="http://127.0.0.1") as local:
        assert local.get("/search").status_code == 200  # loopback without users: open as before
    users(db, "add", "alice", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    served = runner.invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "8123"])
    assert served.exit_code == 0 and calls[-1][1] == {"host": "0.0.0.0", "port": 8123, "log_level": "info"}
    users(db, "remove", "alice")  # even if every user goes while it runs, it stays locked
    with TestClient(calls[-1][0]) as remote:
        assert remote.get("/search").status_code == 401
