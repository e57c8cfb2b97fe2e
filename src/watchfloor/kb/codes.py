"""Code lists the knowledge files are checked against: ISO 3166-1 alpha-3 and PLOVER's event types."""

from __future__ import annotations

from functools import lru_cache

import pycountry

# Codes that are not in ISO 3166-1 but name a state the knowledge base covers. Keep this short and
# say why: XKX is the user-assigned code for Kosovo used by the EU, the IMF, GeoNames and others.
NON_ISO_COUNTRIES: dict[str, str] = {"XKX": "Kosovo"}

# PLOVER's 16 event types (openeventdata/PLOVER manual), in the manual's order.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code pycountry knows, plus NON_ISO_COUNTRIES."""
    codes = {country.alpha_3 for country in pycountry.countries}
    return frozenset(codes | set(NON_ISO_COUNTRIES))


def country_problem(code: object) -> str | None:
    """Why a country code is unusable, or None when it is a valid alpha-3 code."""
    if not isinstance(code, str) or len(code) != 3 or not code.isupper():
        return f"country code {code!r} is not an upper-case ISO 3166-1 alpha-3 code"
    if code not in iso3_codes():
        allowed = ", ".join(sorted(NON_ISO_COUNTRIES))
        return f"country code {code!r} is not an ISO 3166-1 alpha-3 code (nor one of {allowed})"
    return None
