"""Subscribers of a profile's editions: add (an address is checked, then kept lower-cased), list,
remove; and unsubscribing through a signed token (HMAC-SHA256 over the subscription with the
store's own key, `secrets.unsubscribe`), so the link in a mail works without signing in."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address

from watchfloor.editions.profiles import get_profile
from watchfloor.errors import ConfigError
from watchfloor.store.db import Connection
from watchfloor.watch.registry import now

_DOMAIN = re.compile(
    r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
)
SUBSCRIBER_SQL = (
    "SELECT s.id, s.address, p.name, s.created_at, s.unsubscribed_at FROM subscribers s"
    " JOIN brief_profiles p ON p.id = s.profile_id"
)


@dataclass(frozen=True)
class Subscriber:
    id: int
    address: str
    profile: str
    created_at: str
    unsubscribed_at: str | None

    @property
    def active(self) -> bool:
        return self.unsubscribed_at is None


def check_address(text: str) -> str:
    """A bare address (`name@example.org`), or an error naming what was given."""
    value = text.strip()
    problem = f"{text!r} is not an e-mail address (give one such as analyst@example.org)"
    if not value.isascii():
        raise ConfigError(f"{text!r}: addresses with non-ASCII characters are not supported")
    if not value or any(c.isspace() or c in '<>,;"()' for c in value) or value.count("@") != 1:
        raise ConfigError(problem)
    try:
        address = Address(addr_spec=value)
    except (HeaderParseError, ValueError, IndexError):
        raise ConfigError(problem) from None
    domain = address.domain.lower()
    if not address.username or not _DOMAIN.match(domain):
        raise ConfigError(problem)
    return f"{address.username}@{domain}".lower()  # one subscriber per mailbox, whatever the case


def add_subscriber(conn: Connection, address: str, profile_name: str) -> Subscriber:
    """Subscribe `address` to the profile's editions made from now on; one who unsubscribed before
    is subscribed again."""
    checked = check_address(address)
    profile = get_profile(conn, profile_name)
    existing = find_subscriber(conn, checked, profile.name)
    if existing is not None and existing.active:
        raise ConfigError(f"{checked} is subscribed to {profile.name!r} already")
    if existing is not None:
        conn.execute(
            "UPDATE subscribers SET unsubscribed_at = NULL, created_at = ? WHERE id = ?", (now(), existing.id)
        )
        return get_subscriber(conn, existing.id)
    cursor = conn.execute(
        "INSERT INTO subscribers (address, profile_id, created_at) VALUES (?, ?, ?)",
        (checked, profile.id, now()),
    )
    return get_subscriber(conn, int(cursor.lastrowid or 0))


def get_subscriber(conn: Connection, subscriber_id: int) -> Subscriber:
    row = conn.execute(f"{SUBSCRIBER_SQL} WHERE s.id = ?", (subscriber_id,)).fetchone()
    if row is None:
        raise ConfigError(f"no subscriber with id {subscriber_id}")
    return _subscriber(tuple(row))


def find_subscriber(conn: Connection, address: str, profile: str) -> Subscriber | None:
    row = conn.execute(f"{SUBSCRIBER_SQL} WHERE s.address = ? AND p.name = ?", (address, profile)).fetchone()
    return None if row is None else _subscriber(tuple(row))


def list_subscribers(conn: Connection, profile: str | None = None) -> list[Subscriber]:
    where, params = ("WHERE p.name = ?", (profile,)) if profile else ("", ())
    rows = conn.execute(f"{SUBSCRIBER_SQL} {where} ORDER BY p.name, s.address", params).fetchall()
    return [_subscriber(tuple(r)) for r in rows]


def remove_subscriber(conn: Connection, address: str, profile: str | None = None) -> int:
    """Unsubscribe the address from the profile (from every profile when None); how many ended."""
    checked = check_address(address)
    if profile is not None:
        get_profile(conn, profile)
    sql = "UPDATE subscribers SET unsubscribed_at = ? WHERE address = ? AND unsubscribed_at IS NULL"
    params: tuple[object, ...] = (now(), checked)
    if profile is not None:
        sql += " AND profile_id = (SELECT id FROM brief_profiles WHERE name = ?)"
        params += (profile,)
    return conn.execute(sql, params).rowcount


def _subscriber(row: tuple[object, ...]) -> Subscriber:
    sid, address, profile, created, ended = row
    return Subscriber(
        int(str(sid)), str(address), str(profile), str(created), None if ended is None else str(ended)
    )


# -- signed unsubscribe tokens ---------------------------------------------------------------------


def _key(conn: Connection) -> bytes:
    row = conn.execute("SELECT value FROM secrets WHERE name = 'unsubscribe'").fetchone()
    if row is None:
        raise ConfigError("this store has no unsubscribe key (secrets table); it was not migrated")
    return bytes.fromhex(str(row[0]))


def _signature(key: bytes, subscriber: Subscriber) -> str:
    message = f"unsubscribe\n{subscriber.id}\n{subscriber.address}\n{subscriber.profile}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def unsubscribe_token(conn: Connection, subscriber: Subscriber) -> str:
    return f"{subscriber.id}.{_signature(_key(conn), subscriber)}"


def subscriber_for_token(conn: Connection, token: str) -> Subscriber | None:
    """The subscription a token was made for, or None when the token is malformed or forged."""
    number, _, signature = token.strip().partition(".")
    if not (number.isascii() and number.isdigit()) or len(number) > 18 or not signature:
        return None
    row = conn.execute(f"{SUBSCRIBER_SQL} WHERE s.id = ?", (int(number),)).fetchone()
    if row is None:
        return None
    subscriber = _subscriber(tuple(row))
    expected = _signature(_key(conn), subscriber)
    return subscriber if hmac.compare_digest(expected, signature) else None


def unsubscribe(conn: Connection, token: str) -> Subscriber | None:
    """End the subscription the token names (again is harmless); None for a bad token."""
    subscriber = subscriber_for_token(conn, token)
    if subscriber is None:
        return None
    conn.execute(
        "UPDATE subscribers SET unsubscribed_at = coalesce(unsubscribed_at, ?) WHERE id = ?",
        (now(), subscriber.id),
    )
    return get_subscriber(conn, subscriber.id)
