"""Where the server may listen: loopback always; beyond it only once the store has users to sign in."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from watchfloor.errors import ConfigError
from watchfloor.store.users import connect, count_users


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def check_binding(db_path: Path | str, host: str) -> bool:
    """True for a loopback `host`; for any other, a ConfigError unless the store has a user."""
    if is_loopback(host):
        return True
    conn = connect(db_path)
    try:
        users = count_users(conn)
    finally:
        conn.close()
    if users == 0:
        raise ConfigError(
            f"--host {host}: refusing to serve beyond loopback without sign-in, and this store has no"
            " users; add one first (watchfloor users add NAME --role admin), or serve on 127.0.0.1"
        )
    return False
