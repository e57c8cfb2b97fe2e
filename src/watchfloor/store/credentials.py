"""What proves who a request is from, kept only as hashes: bearer tokens (made and revoked by their
user) and browser sessions (with their CSRF token); and the audit log of state-changing requests.

A token or session secret is 32 random bytes; the store keeps its SHA-256, so a copy of the store
lets nobody in. (Argon2 is for passwords, which are guessable; random secrets need no slow hash.)
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from watchfloor.errors import ConfigError
from watchfloor.store.db import Connection
from watchfloor.store.users import User, get_user, now

TOKEN_PREFIX = "wf_"  # marks a Watchfloor token in a config file or a secret scanner's report
SESSION_HOURS = 12
MAX_LABEL = 100


@dataclass(frozen=True)
class ApiToken:
    id: int
    user_name: str
    label: str
    created_at: str
    revoked_at: str | None


@dataclass(frozen=True)
class AuditEntry:
    at: str
    user_name: str | None
    method: str
    path: str
    status: int
    address: str | None


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(conn: Connection, user_name: str, label: str) -> tuple[ApiToken, str]:
    """A new bearer token for the user: its record and the secret, shown this once only."""
    user = get_user(conn, user_name)
    if user is None:
        raise ConfigError(f"user {user_name!r}: no such user in this store")
    label = label.strip()
    if not label or len(label) > MAX_LABEL:
        raise ConfigError(f"token label: give 1-{MAX_LABEL} characters saying what the token is for")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    cursor = conn.execute(
        "INSERT INTO api_tokens (user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?)",
        (user.id, label, digest(secret), now()),
    )
    token_id = int(cursor.lastrowid or 0)
    return ApiToken(token_id, user.name, label, now(), None), secret


def list_tokens(conn: Connection, user_name: str | None = None) -> list[ApiToken]:
    """Tokens (revoked ones too, with when), of one user or of all."""
    sql = (
        "SELECT t.id, u.name, t.label, t.created_at, t.revoked_at FROM api_tokens t"
        " JOIN users u ON u.id = t.user_id"
    )
    params: tuple[str, ...] = ()
    if user_name is not None:
        sql, params = sql + " WHERE u.name = ?", (user_name.strip().lower(),)
    return [ApiToken(*row) for row in conn.execute(sql + " ORDER BY t.id", params)]


def revoke_token(conn: Connection, token_id: int, user_name: str | None = None) -> bool:
    """Revoke a token (only the named user's when `user_name` is given); False if none was live."""
    sql = "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"
    params: tuple[object, ...] = (now(), token_id)
    if user_name is not None:
        sql += " AND user_id = (SELECT id FROM users WHERE name = ?)"
        params = (*params, user_name.strip().lower())
    return conn.execute(sql, params).rowcount > 0


def user_for_token(conn: Connection, secret: str) -> User | None:
    row = conn.execute(
        "SELECT u.id, u.name, u.role, u.created_at FROM api_tokens t JOIN users u ON u.id = t.user_id"
        " WHERE t.token_hash = ? AND t.revoked_at IS NULL",
        (digest(secret),),
    ).fetchone()
    return None if row is None else User(*row)


def start_session(conn: Connection, user: User) -> tuple[str, str]:
    """A browser session for a signed-in user: (cookie secret, CSRF token)."""
    secret, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    expires = datetime.now(UTC) + timedelta(hours=SESSION_HOURS)
    conn.execute("DELETE FROM sessions WHERE expires_at < ?", (now(),))  # sweep the stale ones
    conn.execute(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (digest(secret), user.id, csrf, now(), expires.isoformat(timespec="seconds")),
    )
    return secret, csrf


def session_user(conn: Connection, secret: str) -> tuple[User, str] | None:
    """The user of a live session and its CSRF token; None for an unknown or expired one."""
    row = conn.execute(
        "SELECT u.id, u.name, u.role, u.created_at, s.csrf_token FROM sessions s"
        " JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at >= ?",
        (digest(secret), now()),
    ).fetchone()
    return None if row is None else (User(*row[:4]), str(row[4]))


def end_session(conn: Connection, secret: str) -> None:
    conn.execute("DELETE FROM sessions WHERE token_hash = ?", (digest(secret),))


def audit(
    conn: Connection, user_name: str | None, method: str, path: str, status: int, address: str | None
) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, user_name, method, path, status, address) VALUES (?, ?, ?, ?, ?, ?)",
        (now(), user_name, method, path, status, address),
    )


def audit_entries(conn: Connection, limit: int = 50) -> list[AuditEntry]:
    """The latest audit rows, newest first."""
    rows = conn.execute(
        "SELECT at, user_name, method, path, status, address FROM audit_log ORDER BY id DESC LIMIT ?",
        (limit,),
    )
    return [AuditEntry(*row) for row in rows]
