"""Names that point back to an entity the document named before: "the Agency", "Treasury", "Kellogg"."""

from __future__ import annotations

import re

from watchfloor.kb import KnowledgeBase
from watchfloor.kb.normalize import fold
from watchfloor.kb.records import KbEntity
from watchfloor.nlp.types import Entity

# the generic word of a body's name, which alone points back to the body named before
GENERIC_BODIES = frozenset(
    {"agency", "board", "council", "secretariat", "committee", "commission", "ministry", "department",
     "office", "court", "parliament", "assembly", "fleet", "command", "administration", "government",
     "cabinet", "coalition", "alliance", "mission", "embassy", "bureau", "directorate", "authority",
     "corps", "organization", "organisation", "bank"}
)  # fmt: skip


def kb_record(kb: KnowledgeBase, key: str) -> KbEntity | None:
    category, _, ident = key.partition(":")
    return kb.entity(category, ident)  # type: ignore[arg-type]


def forms_of_one_name(known: str, new: str) -> bool:
    """Two forms of one name: same surname and the shorter one's words all in the longer."""
    a, b = fold(known).split(), fold(new).split()
    if a[-1] != b[-1]:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return set(short) <= set(long)


def named_before(entities: dict[str, Entity], word: str) -> Entity | None:
    """ "the Agency", "the Board": a body's generic word alone is the body the document last
    named with it ("International Atomic Energy Agency"), if any."""
    folded = fold(word)
    for entity in reversed(list(entities.values())):
        if entity.type == "ORG" and folded in fold(entity.name).split():
            return entity
    return None


def known_by_short_name(kb: KnowledgeBase, entities: dict[str, Entity], text: str) -> Entity | None:
    """ "Treasury said ...": a short name the knowledge base gives several bodies (the US and
    the UK Treasury) is the one of them the document has already named in full."""
    folded = fold(text)
    for entity in reversed(list(entities.values())):
        record = kb_record(kb, entity.kb_key) if entity.kb_key else None
        if record is not None and folded in (fold(a) for a in record.ambiguous_aliases):
            return entity
    return None


def person_by_surname(entities: dict[str, Entity], surnames: dict[str, str], text: str) -> Entity | None:
    """ "Kellogg met Lukashenka" after "envoy Keith Kellogg": a one-word name the NER took for
    an organisation is the person the document named before with it as surname."""
    key = surnames.get(fold(text)) if " " not in text.strip() else None
    entity = entities.get(key) if key is not None else None
    named_in_full = entity is not None and entity.type == "PERSON" and len(entity.name.split()) > 1
    return entity if named_in_full else None


def state_named_last(kb: KnowledgeBase, text: str, before: int, countries: list[str]) -> str | None:
    """Of the states of `countries`, the one whose name, demonym or capital the text names
    last before `before`, within the sentence's reach (the last 300 characters), if any."""
    window = text[max(0, before - 300) : before]
    best: tuple[int, str] | None = None
    for iso3 in countries:
        state = kb.state(iso3)
        if state is None:
            continue
        for form, _ in state.surface_forms():
            found = [m.start() for m in re.finditer(rf"\b{re.escape(form)}\b", window)]
            if found and (best is None or found[-1] > best[0]):
                best = (found[-1], iso3)
    return best[1] if best else None
