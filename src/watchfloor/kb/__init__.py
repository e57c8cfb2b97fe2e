"""The knowledge base: states, organisations, people, weapons, sites, place spellings, titles and
PLOVER's event types, kept as YAML in `watchfloor/data/kb/` and loaded into one checked model.

    from watchfloor.kb import load_kb
    kb = load_kb()
    kb.lookup("Tehran")        # [State IRN] (a metonym)
    kb.demonym("Iranian")      # "IRN"
"""

from __future__ import annotations

from watchfloor.kb.codes import NON_ISO_COUNTRIES, PLOVER_TYPES
from watchfloor.kb.knowledge_base import KnowledgeBase
from watchfloor.kb.loader import DATA_DIR, ENV_EXTRA, clear_cache, load_kb
from watchfloor.kb.normalize import fold
from watchfloor.kb.plover_records import PloverMode, PloverType
from watchfloor.kb.records import (
    KbEntity,
    KbMatch,
    Office,
    Organization,
    Person,
    PlaceVariant,
    Site,
    State,
    Title,
    Weapon,
    WeaponFamily,
)

__all__ = [
    "DATA_DIR",
    "ENV_EXTRA",
    "NON_ISO_COUNTRIES",
    "PLOVER_TYPES",
    "KbEntity",
    "KbMatch",
    "KnowledgeBase",
    "Office",
    "Organization",
    "Person",
    "PlaceVariant",
    "PloverMode",
    "PloverType",
    "Site",
    "State",
    "Title",
    "Weapon",
    "WeaponFamily",
    "clear_cache",
    "fold",
    "load_kb",
]
