"""Which addresses a fetch may reach: host names resolved once, every answer judged, numeric forms decoded.

A host is resolved exactly once per request; the fetch then connects to the address that passed
(see `readers.pinned`), so a DNS answer that changes between lookups can never redirect it.
Numeric hosts are decoded here, not by a resolver, in every form `inet_aton` accepts (`2130706433`,
`0177.0.0.1`, `0x7f.1`, `0`), and IPv6 literals with IPv4-mapped addresses judged as their IPv4.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Sequence

from watchfloor.errors import InputError

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# resolve(host, port) -> the addresses the host name stands for, in the order to try them
Resolver = Callable[[str, int], Sequence[IpAddress]]
ALLOW_HINT = "allow it with --allow-private-urls or WATCHFLOOR_ALLOW_PRIVATE_URLS=1"
_NUMERIC_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")


def address_problem(address: IpAddress) -> str | None:
    """Why an address is not a public one ("loopback", "private", ...), or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    checks = (
        (address.is_unspecified, "unspecified"),
        (address.is_loopback, "loopback"),
        (address.is_link_local, "link-local"),
        (address.is_multicast, "multicast"),
        (address.is_private, "private"),
        (address.is_reserved, "reserved"),
        (not address.is_global, "non-public"),
    )
    return next((name for failed, name in checks if failed), None)


def _number(part: str) -> int:
    if part[:2].lower() == "0x":
        return int(part[2:] or "0", 16)
    return int(part, 8) if part.startswith("0") else int(part)


def _inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """`host` read as the C library reads a numeric IPv4 host: 1 to 4 parts, each decimal, octal
    (leading 0) or hex (0x); the last part fills the remaining bytes. None when it is not numeric."""
    parts = host.removesuffix(".").split(".")
    if not 1 <= len(parts) <= 4 or not all(_NUMERIC_PART.fullmatch(p) for p in parts):
        return None
    values = [_number(p) for p in parts]
    last_bits = 8 * (5 - len(values))
    if any(v > 255 for v in values[:-1]) or values[-1] >= 1 << last_bits:
        return None
    number = 0
    for value in values[:-1]:
        number = number << 8 | value
    return ipaddress.IPv4Address(number << last_bits | values[-1])


def literal_address(host: str) -> IpAddress | None:
    """The address a host spelled as a number stands for (any IPv4 form, IPv6 with or without
    brackets or a zone), or None for a host name."""
    bare = host.strip("[]")
    if ":" in bare:
        try:
            return ipaddress.IPv6Address(bare.split("%")[0])
        except ValueError:
            return None
    return _inet_aton(bare)


def system_resolver(host: str, port: int) -> list[IpAddress]:
    """The operating system's answer for `host` (one lookup), without duplicates."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    found = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    return list(dict.fromkeys(found))


def resolve_checked(url: str, host: str, port: int, resolver: Resolver, allow_private: bool) -> IpAddress:
    """The one address to connect to for `host`: resolved once; refused (naming the URL, host and
    address) when any answer is not public, unless private addresses are allowed."""
    literal = literal_address(host)
    if literal is not None:
        addresses: Sequence[IpAddress] = [literal]
    else:
        try:
            addresses = resolver(host, port)
        except (OSError, UnicodeError, ValueError) as exc:
            raise InputError(url, f"cannot resolve host {host} ({exc}); check the address") from None
        if not addresses:
            raise InputError(url, f"cannot resolve host {host} (no address); check the address")
    if not allow_private:
        for address in addresses:
            problem = address_problem(address)
            if problem:
                raise InputError(
                    url, f"refused: host {host} resolves to {address}, a {problem} address ({ALLOW_HINT})"
                )
    return addresses[0]
