"""Stable identifiers and small conversions every format shares.

Ids are UUIDv5 of keys no store changes: an event is its document's text hash and its place in
the document's extraction, an entity its canonical key, a place its gazetteer id, a document its
text hash. Exporting twice, or from another store holding the same documents, gives the same ids.
"""

from __future__ import annotations

import re
import uuid
from functools import lru_cache
from urllib.parse import quote

import pycountry

from watchfloor.kb.normalize import fold

NAMESPACE = uuid.UUID("5b1f8f7e-3c1a-5d6e-9a47-77617463686c")  # Watchfloor's own UUIDv5 namespace
DATE_PRECISIONS = {4: "year", 7: "month", 10: "day"}
NON_ISO_ALPHA2 = {"XKX": "XK"}  # Kosovo: the user-assigned code most tools use


def stable_uuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def event_uuid(document_key: str, position: int) -> str:
    return stable_uuid("event", document_key, str(position))


def entity_uuid(entity_key: str) -> str:
    return stable_uuid("entity", entity_key)


def place_uuid(gazetteer_id: str) -> str:
    return stable_uuid("place", gazetteer_id)


def document_uuid(document_key: str) -> str:
    return stable_uuid("document", document_key)


def outlet_uuid(outlet: str) -> str:
    return stable_uuid("outlet", fold(outlet))


def author_uuid(author: str) -> str:
    return stable_uuid("author", fold(author))


def date_precision(date: str | None) -> str | None:
    """year, month or day for an ISO date prefix; None when there is no date."""
    return DATE_PRECISIONS.get(len(date)) if date else None


def date_start(date: str) -> str:
    """The first day an ISO date prefix covers (2023 -> 2023-01-01)."""
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]


@lru_cache(maxsize=512)
def alpha2(iso3: str | None) -> str | None:
    """ISO 3166-1 alpha-2 of an alpha-3 code (None when it has none)."""
    if not iso3:
        return None
    if iso3 in NON_ISO_ALPHA2:
        return NON_ISO_ALPHA2[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    return None if country is None else str(country.alpha_2)


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"


def absolute_url(url: str) -> tuple[str, bool]:
    """A note's address as an absolute URI, and whether a scheme had to be assumed: notes often
    give `www.irna.ir/news/1` without one (then `http://` is put in front); characters a URI may
    not hold (spaces, quotes) are percent-encoded."""
    url = url.strip()
    assumed = not _SCHEME.match(url)
    if assumed:
        url = "http://" + url.lstrip("/")
    return quote(url, safe=_URI_SAFE), assumed
