"""Who wrote a document, as a party: a government's own release ("Treasury today sanctioned …")
is that government speaking, and its "we" is that state. Read from the address the document
came from: a .gov or .mil site is the United States; a government domain under a country code
(gov.uk, mil.ru, gouv.fr, gob.mx, gc.ca) is that country. A news outlet is no party, wherever it
is registered. Failing an address, a title that says whose statement it is ("Statement by the
Ministry of Foreign Affairs of the People's Republic of China") names its state."""

from __future__ import annotations

import re

import pycountry

from watchfloor.kb.knowledge_base import KnowledgeBase
from watchfloor.models import Document
from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.types import Entity, Mention
from watchfloor.urls import url_host

US_DOMAINS = frozenset({"gov", "mil"})
CODE_ALIASES = {"uk": "gb"}  # the United Kingdom's domain is not its ISO code
GOVERNMENT_LABELS = frozenset({"gov", "mil", "gouv", "gob", "govt", "gc", "government"})


def author_country(document: Document) -> str | None:
    """ISO alpha-3 of the state whose site published the document, when its address says so."""
    host = url_host(document.url)
    host = host or (document.outlet or "").strip().lower()
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    top = labels[-1]
    if top in US_DOMAINS:
        return "USA"
    if len(top) == 2 and GOVERNMENT_LABELS & set(labels[:-1]):
        country = pycountry.countries.get(alpha_2=CODE_ALIASES.get(top, top).upper())
        return str(country.alpha_3) if country is not None else None
    return None


# "Statement by the Russian Foreign Ministry", "Press Release of the Ministry of Defence of Japan"
STATEMENT_TITLE = re.compile(
    r"^\s*(?:statement|press\s+statement|press\s+release|declaration)\s+(?:by|of|from)\s+(?P<body>.+)$",
    re.IGNORECASE,
)
# the body a statement is by: a government's organ ("Statement of Principles for Ukraine" is none)
ORGANS = re.compile(
    r"\b(?:ministry|ministers?|government|office|embassy|mission|department|cabinet|presidency)\b", re.I
)


# "Chinese Foreign Ministry Spokesperson's Remarks", "Russian MFA statement on ...": the organ first
SPOKEN_TITLE = re.compile(
    r"^\s*(?P<body>[^,:;]{0,60}?\b(?:ministry|mfa|government|embassy|mission|presidency)\b)"
    r"[^,:;]{0,40}?\b(?:statement|remarks|comments?|press\s+conference|readout|spokes(?:person|man|woman))",
    re.IGNORECASE,
)


def titled_author(title: str | None, kb: KnowledgeBase) -> str | None:
    """ISO alpha-3 of the one state a statement's title names as its author's, else None."""
    found = STATEMENT_TITLE.match(title or "")
    if found is None or not ORGANS.search(found["body"]):
        found = SPOKEN_TITLE.match(title or "")
    if found is None:
        return None
    words = re.findall(r"[\w'’.-]+", found["body"])
    states = {code for word in words if (code := kb.demonym(word))}
    parts = re.split(r"\s+of\s+", found["body"])
    # the longest tail that names a state: "... of the Republic of Korea" is not "Korea"
    tails = (" of ".join(parts[i:]).strip() for i in range(1, len(parts)))
    state = next((code for tail in tails if (code := kb.state_named(tail))), None)
    states |= {state} if state else set()
    return next(iter(states)) if len(states) == 1 else None


def author_party(document: Document, kb: KnowledgeBase) -> Party | None:
    iso3 = author_country(document) or titled_author(document.title, kb)
    if iso3 is None:
        return titled_body(document.title, kb)
    state = kb.state(iso3)
    name = state.name if state is not None else iso3
    return Party(name, iso3, f"state:{iso3}", "AUTHOR", None, ["author"])


def titled_body(title: str | None, kb: KnowledgeBase) -> Party | None:
    """The international body a statement's title names as its author, where it names no state
    ("Statement by NATO Secretary General on ...", "Statement of the European Council"): its "I"
    and "we" are that body."""
    found = STATEMENT_TITLE.match(title or "")
    if found is None:
        return None
    words = found["body"].split()
    for size in (4, 3, 2, 1):
        for start in range(min(3, len(words))):
            phrase = " ".join(words[start : start + size]).strip(",;:")
            match = next((m for m in kb.matches(phrase) if m.entity.category == "organization"), None)
            if match is not None and match.entity.country is None:
                entity = match.entity
                features = ["author", "author_body"]  # (it speaks; its deeds the text names it for)
                return Party(entity.name, None, f"organization:{entity.id}", "AUTHOR", None, features)
    return None


def opening_speaker(
    document: Document, mentions: list[Mention], entities: dict[str, Entity], kb: KnowledgeBase
) -> Party | None:
    """The body a statement whose title names none ("Statement by the Spokesperson on ...") opens
    with as its subject ("The European Union is deeply concerned ..."): an international body or a
    state, whose "we" the statement's later sentences are."""
    title = document.title or ""
    if not STATEMENT_TITLE.match(title) or title not in document.text:
        return None
    title_end = document.text.index(title) + len(title)
    body = [(m.start, m.entity) for m in mentions if m.start >= title_end and m.entity is not None]
    if not body or not OPENING.match(document.text[title_end : body[0][0]]):
        return None
    entity = entities[body[0][1]]
    if entity.type == "ORG" and entity.kb_key is not None and entity.country is None:
        return Party(entity.name, None, entity.key, "AUTHOR", None, ["author", "author_body"])
    if entity.type == "GPE" and (entity.kb_key or "").startswith("state:"):
        return Party(entity.name, entity.country, entity.key, "AUTHOR", None, ["author"])
    found = STATEMENT_TITLE.match(title)
    if entity.type == "ORG" and found is not None and ORGANS.search(found["body"]):
        # "Statement by the Ministry of Foreign Affairs ...", opening "The Ministry of Foreign
        # Affairs of the Republic of Lithuania ...": the organ the title names is that state's
        iso3 = titled_author(f"Statement by {_name_at(document.text, body[0][0])}", kb)
        state = kb.state(iso3) if iso3 else None
        if state is not None:
            return Party(state.name, iso3, f"state:{iso3}", "AUTHOR", None, ["author"])
    return None  # (a state's organ speaks for it only where the title names an organ)


OPENING = re.compile(r"\s*(?:The\s+)?$")  # the body's name opens its first sentence


def _name_at(text: str, start: int) -> str:
    """The capitalised name that begins at `start`, with its "of the" joints ("Ministry of Foreign
    Affairs of the Republic of Lithuania"), up to the first word in lower case."""
    words = []
    for word in text[start : start + 160].split():
        if not (word[:1].isupper() or word in {"of", "the"}):
            break
        words.append(word)
    return " ".join(words).rstrip(",;:")
