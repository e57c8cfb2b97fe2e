"""`users add|list|remove|set-role|password|audit` and `users token create|list|revoke`: who may use
a shared store (see `watchfloor.store.users`). Once a store has a user, the web asks to sign in."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from watchfloor.cli.common import DbOption, app, err, existing_store, fail, out, settings_for
from watchfloor.errors import WatchfloorError
from watchfloor.store import DocumentStore, open_store
from watchfloor.store.credentials import audit_entries, create_token, list_tokens, revoke_token
from watchfloor.store.users import ROLES, add_user, list_users, remove_user, set_password, set_role

users_app = typer.Typer(help="Users of a shared store: roles, passwords, API tokens, the audit log.")
token_app = typer.Typer(help="API tokens (Authorization: Bearer TOKEN); only their hashes are stored.")
app.add_typer(users_app, name="users")
users_app.add_typer(token_app, name="token")

NameArg = Annotated[str, typer.Argument(help="The user's name (letters, digits, '.', '_', '@', '-').")]
RoleOption = Annotated[str, typer.Option("--role", help=f"One of {', '.join(ROLES)}.")]
StdinOption = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from the first line of stdin.")
]


def _store(db: Path | None, create: bool = False) -> DocumentStore:
    """The store `--db` names; only `users add` may create one."""
    return open_store(settings_for(db).db_path) if create else existing_store(db)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def add_command(
    name: NameArg, role: RoleOption = "reader", password_stdin: StdinOption = False, db: DbOption = None
) -> None:
    """Add a user (prompting for the password); the store's first user turns sign-in on."""
    try:
        password = _password(password_stdin)
        with _store(db, create=True) as store:
            user = add_user(store.conn, name, password, role)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    out.print(f"user {escape(user.name)} added ({user.role})")


@users_app.command("list")
def list_command(db: DbOption = None) -> None:
    """List the users: name, role, when added, live API tokens."""
    try:
        with _store(db) as store:
            users, tokens = list_users(store.conn), list_tokens(store.conn)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if not users:
        err.print("no users: sign-in is off, and the web workspace serves loopback only")
    for user in users:
        live = sum(1 for t in tokens if t.user_name == user.name and t.revoked_at is None)
        out.print(escape(f"{user.name}\t{user.role}\t{user.created_at}\t{live} live tokens"))


@users_app.command("remove")
def remove_command(name: NameArg, db: DbOption = None) -> None:
    """Remove a user with their tokens and sessions."""
    try:
        with _store(db) as store:
            remove_user(store.conn, name)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    out.print(f"user {escape(name)} removed")


@users_app.command("set-role")
def set_role_command(
    name: NameArg,
    role: Annotated[str, typer.Argument(help=f"One of {', '.join(ROLES)}.")],
    db: DbOption = None,
) -> None:
    """Change a user's role (effective at their next request)."""
    try:
        with _store(db) as store:
            user = set_role(store.conn, name, role)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    out.print(f"user {escape(user.name)} is now {user.role}")


@users_app.command("password")
def password_command(name: NameArg, password_stdin: StdinOption = False, db: DbOption = None) -> None:
    """Set a user's password (prompting for it); their browser sessions end."""
    try:
        password = _password(password_stdin)
        with _store(db) as store:
            set_password(store.conn, name, password)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    out.print(f"password of {escape(name)} changed")


@users_app.command("audit")
def audit_command(
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many rows, newest first.")] = 50,
    db: DbOption = None,
) -> None:
    """The latest state-changing web requests: when, who, method, path, status, address."""
    try:
        with _store(db) as store:
            entries = audit_entries(store.conn, limit)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    for e in entries:
        out.print(
            escape(f"{e.at}\t{e.user_name or '-'}\t{e.method}\t{e.path}\t{e.status}\t{e.address or '-'}")
        )


@token_app.command("create")
def token_create_command(
    name: NameArg,
    label: Annotated[str, typer.Option("--label", help="What the token is for.")] = "cli",
    db: DbOption = None,
) -> None:
    """Create an API token for a user and print it (it is shown this once only)."""
    try:
        with _store(db) as store:
            token, secret = create_token(store.conn, name, label)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    err.print(f"token {token.id} for {escape(token.user_name)} ({escape(token.label)}); keep it secret:")
    out.print(secret)


@token_app.command("list")
def token_list_command(
    name: Annotated[str | None, typer.Argument(help="Only this user's tokens.")] = None,
    db: DbOption = None,
) -> None:
    """List API tokens (never their secrets): id, user, label, created, revoked."""
    try:
        with _store(db) as store:
            tokens = list_tokens(store.conn, name)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    for t in tokens:
        state = f"revoked {t.revoked_at}" if t.revoked_at else "live"
        out.print(escape(f"{t.id}\t{t.user_name}\t{t.label}\t{t.created_at}\t{state}"))


@token_app.command("revoke")
def token_revoke_command(
    token_id: Annotated[int, typer.Argument(help="The token's id (see `users token list`).")],
    db: DbOption = None,
) -> None:
    """Revoke an API token: requests carrying it get 401 from now on."""
    try:
        with _store(db) as store:
            revoked = revoke_token(store.conn, token_id)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if not revoked:
        err.print(f"[red]error:[/red] no live token with id {token_id}")
        raise typer.Exit(1)
    out.print(f"token {token_id} revoked")
