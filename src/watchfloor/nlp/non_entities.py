"""Names that are never entities (`data/entities/non_entities.yaml`): a page's furniture
("Download Image", "Press Release") and classes of weapon ("UAVs"), loaded once and validated."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from watchfloor.errors import ConfigError
from watchfloor.kb.loader import extra_dirs_from_env
from watchfloor.kb.normalize import fold

KEYS = frozenset({"page_furniture", "generic_weapons"})


def non_entities_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "entities" / "non_entities.yaml"))


def is_non_entity(text: str) -> bool:
    """Whether a mention's text is one of the listed non-names (case and a plural "s" aside)."""
    key = fold(text)
    words = _load(_paths())
    return key in words or (key.endswith("s") and key[:-1] in words)


def _paths() -> tuple[Path, ...]:
    extras = (d / "non_entities.yaml" for d in extra_dirs_from_env())
    return (non_entities_path(), *(p for p in extras if p.is_file()))


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> frozenset[str]:
    words: set[str] = set()
    for path in paths:
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"{path}: cannot read the list of non-entities ({exc})") from exc
        if not isinstance(raw, dict) or set(raw) - KEYS:
            raise ConfigError(f"{path}: expected a mapping with the keys {', '.join(sorted(KEYS))}")
        for key, values in raw.items():
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise ConfigError(f"{path}: {key}: expected a list of names")
            words.update(fold(v) for v in values)
    return frozenset(words)
