"""Web addresses in free text, defanged or not, and how to make them usable again.

OSINT and threat-intelligence writers "defang" addresses so that nobody follows them by accident:
``hxxps://tass dot ru/...``, ``sana [dot] sy``, ``example(.)com``, ``https[:]//``. This module
finds such addresses (and ordinary ones) in a piece of text and turns them back into usable URLs.
It keeps the path, and keeps the scheme as written: an address written without one stays without
one (``www.irna dot ir/news/1`` -> ``www.irna.ir/news/1``). Standard library only; the note parser
uses it and later stages (prose links, exports) may too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SP = r"[ \t\u00a0]"  # blank space inside a line; an address never spans lines
# One dot between two host labels, in any of its defanged spellings.
_DOT = (
    rf"(?:{_SP}*\[{_SP}*(?:dot|\.){_SP}*\]{_SP}*"
    rf"|{_SP}*\({_SP}*(?:dot|\.){_SP}*\){_SP}*"
    rf"|{_SP}*\{{{_SP}*(?:dot|\.){_SP}*\}}{_SP}*"
    rf"|{_SP}+dot{_SP}+"
    r"|\.)"
)
_LABEL = r"[^\W_](?:[\w-]{0,62}[^\W_])?"
_TLD = r"(?:[^\W\d_]{2,63}|xn--[\w-]{1,59})"
_IPV4 = rf"\d{{1,3}}(?:{_DOT}\d{{1,3}}){{3}}"
_SCHEME = r"(?:h(?:tt|xx)ps?|f(?:t|x)p|sftp)(?::|\[:\])//"

ADDRESS = re.compile(
    rf"(?<![\w@.\-/])"
    rf"(?P<scheme>{_SCHEME})?"
    rf"(?P<host>{_IPV4}|(?:{_LABEL}{_DOT})+{_TLD})"
    r"(?![\w-])"
    r"(?P<rest>(?::\d{1,5})?[/?#][^\s<>\"“”]*|:\d{1,5})?",
    re.IGNORECASE,
)

# The fangs to pull: scheme spellings, then separators anywhere in the address.
_SCHEME_FANG = re.compile(r"^(h(?:tt|xx)p|f(?:t|x)p)(s?)(?::|\[:\])//", re.IGNORECASE)
_DOT_FANG = re.compile(
    rf"{_SP}*\[{_SP}*(?:dot|\.){_SP}*\]{_SP}*"
    rf"|{_SP}*\({_SP}*(?:dot|\.){_SP}*\){_SP}*"
    rf"|{_SP}*\{{{_SP}*(?:dot|\.){_SP}*\}}{_SP}*"
    rf"|{_SP}+dot{_SP}+",
    re.IGNORECASE,
)
_COLON_FANG = re.compile(r"\[:\]")
_TRAILING = ".,;:!?'\"’”*"  # punctuation that ends a sentence or a list, not an address
_CLOSERS = {")": "(", "]": "[", "}": "{"}


@dataclass(frozen=True)
class Address:
    """An address found in a text: where it stands, as written, and made usable."""

    start: int
    end: int
    raw: str  # text[start:end]
    url: str  # refanged
    defanged: bool  # the raw form was defanged
    has_scheme: bool


def refang(address: str) -> str:
    """The usable form of an address: ``hxxps://tass dot ru/x`` -> ``https://tass.ru/x``."""
    out = _SCHEME_FANG.sub(_fix_scheme, address.strip(), count=1)
    out = _DOT_FANG.sub(".", out)
    return _COLON_FANG.sub(":", out)


def is_defanged(address: str) -> bool:
    """Whether the address was written in a defanged form."""
    return refang(address) != address.strip()


def _fix_scheme(m: re.Match[str]) -> str:
    base = "http" if m.group(1).lower() in ("http", "hxxp") else "ftp"
    return f"{base}{m.group(2).lower()}://"


def _trim(raw: str) -> str:
    """Drop trailing punctuation that belongs to the sentence, and unbalanced closing brackets."""
    while raw:
        last = raw[-1]
        unbalanced = last in _CLOSERS and raw.count(last) > raw.count(_CLOSERS[last])
        if last in _TRAILING or unbalanced:
            raw = raw[:-1]
        else:
            break
    return raw


def find_addresses(
    text: str, start: int = 0, end: int | None = None, bare: bool = False
) -> Iterator[Address]:
    """Addresses in text[start:end], in order.

    An address counts when it has a scheme, starts with ``www.``, is defanged, or has a path;
    ``bare=True`` also accepts a plain host such as ``tasnimnews.com`` (use it where addresses are
    expected, e.g. in notes, not in prose, where "Iran.The" would pass for a host).
    """
    end = len(text) if end is None else end
    for m in ADDRESS.finditer(text, start, end):
        found = _address(m, bare)
        if found is not None:
            yield found


def address_at(text: str, pos: int, end: int | None = None, bare: bool = False) -> Address | None:
    """The address that starts exactly at ``pos``, if there is one."""
    m = ADDRESS.match(text, pos, len(text) if end is None else end)
    return None if m is None else _address(m, bare)


def _address(m: re.Match[str], bare: bool) -> Address | None:
    scheme = m.group("scheme") or ""
    host = m.group("host")
    raw = _trim(m.group(0))
    if len(raw) < len(scheme) + len(host):
        return None  # trimming ate into the host: not an address
    url = refang(raw)
    defanged = url != raw
    pathed = len(raw) > len(scheme) + len(host)
    plain_host = not (scheme or defanged or pathed or host.lower().startswith("www."))
    # a bare host only where asked for, and with a lowercase top-level domain ("Vol.II" is none)
    if plain_host and not (bare and host.rsplit(".", 1)[-1].islower()):
        return None
    return Address(m.start(), m.start() + len(raw), raw, url, defanged, bool(scheme))
