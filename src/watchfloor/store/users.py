"""Users of a shared store: a name, a role and an Argon2 password hash (argon2-cffi).

Roles are ordered: a reader reads and searches; an analyst also ingests and keeps watchlists and
briefs; an admin also manages users. Authentication is on for a store as soon as it has one user
(`count_users`). The functions take a DB-API connection and use only portable SQL, so a PostgreSQL
store can reuse them through its own migration of the same tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from watchfloor.errors import ConfigError
from watchfloor.store import connections
from watchfloor.store.db import Connection, integrity_errors

ROLES = ("reader", "analyst", "admin")  # each can do what the ones before it can
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
_HASHER = PasswordHasher()  # RFC 9106's second recommended profile: Argon2id, 64 MiB, 3 passes


@cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown names, so they cost a verify too (made on first use,
    not at import: hashing takes a fifth of a second that every command would pay)."""
    return _HASHER.hash("watchfloor: no such user")


_USER_COLUMNS = "id, name, role, created_at"


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    created_at: str

    def can(self, role: str) -> bool:
        """Whether this user's role includes `role` (an admin can do what an analyst can, ...)."""
        return ROLES.index(self.role) >= ROLES.index(role)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path | str) -> Connection:
    """A plain autocommit connection to an existing, migrated store (no migration check per request)."""
    return connections.connect(path)


def check_name(name: str) -> str:
    """The user name as stored (lower case), or a ConfigError saying what is wrong with it."""
    folded = name.strip().lower()
    if not NAME_PATTERN.match(folded):
        raise ConfigError(
            f"user name {name!r}: use 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter"
            " or digit"
        )
    return folded


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ConfigError(f"role {role!r}: choose one of {', '.join(ROLES)}")
    return role


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"password: too short, use at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise ConfigError(f"password: too long, use at most {MAX_PASSWORD} characters")
    return password


def count_users(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM users").fetchone()[0])


def get_user(conn: Connection, name: str) -> User | None:
    row = conn.execute(
        f"SELECT {_USER_COLUMNS} FROM users WHERE name = ?", (name.strip().lower(),)
    ).fetchone()
    return None if row is None else User(*row)


def get_user_by_id(conn: Connection, user_id: int) -> User | None:
    row = conn.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
    return None if row is None else User(*row)


def list_users(conn: Connection) -> list[User]:
    return [User(*r) for r in conn.execute(f"SELECT {_USER_COLUMNS} FROM users ORDER BY name")]


def add_user(conn: Connection, name: str, password: str, role: str = "reader") -> User:
    """Create a user; a taken name, a bad role or a short password is a ConfigError."""
    folded, role = check_name(name), check_role(role)
    hashed = _HASHER.hash(check_password(password))
    try:
        conn.execute(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
            (folded, role, hashed, now()),
        )
    except integrity_errors() as exc:
        raise ConfigError(f"user name {folded!r}: a user of that name exists already") from exc
    user = get_user(conn, folded)
    assert user is not None
    return user


def set_password(conn: Connection, name: str, password: str) -> None:
    """Replace a user's password and end their browser sessions."""
    user = _existing(conn, name)
    hashed = _HASHER.hash(check_password(password))
    conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (hashed, user.id))
    conn.execute("DELETE FROM sessions WHERE user_id = ?", (user.id,))


def set_role(conn: Connection, name: str, role: str) -> User:
    """Change a user's role (at once: roles are read per request); the last admin stays one."""
    user, role = _existing(conn, name), check_role(role)
    if user.role == "admin" and role != "admin" and _admins(conn) == 1:
        raise ConfigError(f"user {user.name!r} is the last admin: make another user admin first")
    conn.execute("UPDATE users SET role = ? WHERE id = ?", (role, user.id))
    return User(user.id, user.name, role, user.created_at)


def remove_user(conn: Connection, name: str) -> None:
    """Delete a user with their tokens and sessions. The last admin may go only with the last user
    (the store then has no users, and sign-in is off again)."""
    user = _existing(conn, name)
    if user.role == "admin" and _admins(conn) == 1 and count_users(conn) > 1:
        raise ConfigError(f"user {user.name!r} is the last admin: make another user admin first")
    conn.execute("DELETE FROM users WHERE id = ?", (user.id,))


def authenticate(conn: Connection, name: str, password: str) -> User | None:
    """The user whose name and password these are, else None (an unknown name costs as much)."""
    row = conn.execute(
        f"SELECT {_USER_COLUMNS}, password_hash FROM users WHERE name = ?", (name.strip().lower(),)
    ).fetchone()
    stored = str(row[4]) if row is not None else _dummy_hash()
    try:
        _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    if _HASHER.check_needs_rehash(stored):  # parameters raised since it was hashed
        conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (_HASHER.hash(password), row[0]))
    return User(*row[:4])


def _existing(conn: Connection, name: str) -> User:
    user = get_user(conn, name)
    if user is None:
        raise ConfigError(f"user {name!r}: no such user in this store (see `watchfloor users list`)")
    return user


def _admins(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM users WHERE role = 'admin'").fetchone()[0])
