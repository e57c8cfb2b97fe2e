"""Addresses as documents give them: any text, so reading one never raises."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit


def is_url(spec: str) -> bool:
    """Whether a source names an http(s) address rather than a file."""
    return spec.lower().startswith(("http://", "https://"))


def split_url(url: str | None) -> SplitResult | None:
    """The parts of `url`, or None when there is none or it cannot be parsed (`http://[::1`, or a
    defanged `hxxps://bad[.]example[.]net`, whose brackets read as an IPv6 host)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a port that is not a number raises here, not later
    except ValueError:
        return None
    return parts


def url_host(url: str | None) -> str | None:
    """The host name of `url`, lower-cased, or None when it has none or cannot be parsed."""
    parts = split_url(url)
    return parts.hostname if parts else None
