"""Reading knowledge files: YAML in, checked raw entries out, every problem named by file and entry."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from watchfloor.errors import ConfigError
from watchfloor.yaml_loader import YAMLError, safe_load

# file name -> the top-level keys it may hold (each a list of entries, except `assault_modes`)
FILES: dict[str, tuple[str, ...]] = {
    "states.yaml": ("states",),
    "organizations.yaml": ("organizations",),
    "people.yaml": ("people",),
    "people_world.yaml": ("people",),
    "weapons.yaml": ("assault_modes", "families", "weapons"),
    "sites.yaml": ("sites",),
    "place_variants.yaml": ("places",),
    "titles.yaml": ("titles",),
    "plover.yaml": ("types",),
}

# list fields an `extends:` entry may add to (in an analyst's extra directory)
EXTENDABLE = ("aliases", "ambiguous_aliases", "demonyms", "combining_forms", "metonyms", "variants")

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class RawEntry:
    """One entry of a list in a knowledge file, with where it came from."""

    path: Path
    section: str
    index: int  # 1-based position in its list
    data: dict[str, Any]

    @property
    def label(self) -> str:
        name = self.data.get("name") or self.data.get("code") or self.data.get("iso3")
        name = name or self.data.get("extends")
        return f"entry #{self.index}" + (f" {name!r}" if isinstance(name, str) else "")

    def error(self, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {self.section} {self.label}: {problem}")

    def parse(self, model: type[M]) -> M:
        try:
            return model.model_validate(self.data)
        except ValidationError as exc:
            raise self.error(describe(exc)) from None


def describe(exc: ValidationError) -> str:
    """A pydantic error as one line: 'name: Field required; lat: Input should be ...'."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "entry"
        parts.append(f"{where}: {err['msg'].replace('a valid tuple', 'a list')}")
    return "; ".join(parts)


def read_file(path: Path) -> dict[str, Any]:
    """The top-level mapping of one knowledge file, its keys checked against FILES."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = safe_load(handle)
    except YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the file must be a mapping of {', '.join(FILES[path.name])}")
    allowed = FILES[path.name]
    for key in data:
        if key not in allowed:
            raise ConfigError(f"{path}: unknown top-level key {key!r}; expected {', '.join(allowed)}")
    return data


def entries(path: Path, data: dict[str, Any], section: str) -> list[RawEntry]:
    """The entries of one list section, each checked to be a mapping."""
    items = data.get(section)
    if items is None:
        return []
    if not isinstance(items, list):
        raise ConfigError(f"{path}: {section} must be a list of entries, got {type(items).__name__}")
    out = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ConfigError(f"{path}: {section} entry #{number}: must be a mapping, got {item!r}")
        out.append(RawEntry(path, section, number, item))
    return out


def split_extensions(raw: list[RawEntry]) -> tuple[list[RawEntry], list[RawEntry]]:
    """Separate new entries from `extends:` entries, checking the latter's keys."""
    new, extensions = [], []
    for entry in raw:
        if "extends" not in entry.data:
            new.append(entry)
            continue
        if not isinstance(entry.data["extends"], str):
            raise entry.error("extends must be the id of an existing entry")
        for key, value in entry.data.items():
            if key == "extends":
                continue
            if key not in EXTENDABLE:
                raise entry.error(f"an extends entry may only add {', '.join(EXTENDABLE)}; got {key!r}")
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise entry.error(f"{key} must be a list of non-empty strings")
        extensions.append(entry)
    return new, extensions


def kb_directories(base: Path, extra: tuple[Path, ...]) -> list[Path]:
    """The directories to read, base first; each must exist."""
    dirs = [base, *extra]
    for directory in dirs:
        if not directory.is_dir():
            raise ConfigError(f"{directory}: knowledge directory does not exist")
    return dirs
