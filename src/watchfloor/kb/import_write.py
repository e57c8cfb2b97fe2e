"""Writing imported entities as a knowledge-base extension (the `WATCHFLOOR_KB_EXTRA` format):
`people.yaml`, `organizations.yaml` and `place_variants.yaml` in one directory.

A name the knowledge base already knows becomes an `extends:` entry adding the new aliases; an
alias that already names something else is left out (the knowledge base refuses a name pointing at
two entities), with one line saying so. Entries already in the directory are kept. The whole
knowledge base, extension included, is loaded and validated from a temporary copy before any file
is replaced, so a failed import changes nothing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from watchfloor.kb.build import parse_directories
from watchfloor.kb.files import read_file
from watchfloor.kb.import_read import Imported, read_entities
from watchfloor.kb.knowledge_base import KnowledgeBase
from watchfloor.kb.loader import DATA_DIR, clear_cache, extra_dirs_from_env, load_kb
from watchfloor.kb.normalize import fold, slug

FILES = {
    "person": ("people.yaml", "people"),
    "organization": ("organizations.yaml", "organizations"),
    "place": ("place_variants.yaml", "places"),
}
HEADER = "# Imported by `watchfloor kb import`; edit freely (see the shipped data/kb files).\n"


@dataclass
class ImportResult:
    added: int = 0
    extended: int = 0
    problems: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def import_file(path: Path, into: Path) -> ImportResult:
    """Import the entities of `path` into the extension directory `into` (created if needed)."""
    entities, problems = read_entities(path)
    others = [d for d in extra_dirs_from_env() if d.resolve() != into.resolve()]
    existing = (
        [into]
        if (into / "people.yaml").exists() or any((into / f).exists() for f, _ in FILES.values())
        else []
    )
    kb = load_kb(extra=[*others, *existing])
    result = ImportResult(problems=problems)
    sections: dict[str, list[dict[str, Any]]] = {section: [] for _, section in FILES.values()}
    for file_name, section in FILES.values():
        if (into / file_name).is_file():
            sections[section] = list(read_file(into / file_name).get(section) or [])
    taken: set[str] = set()
    for entity in entities:
        entry = _entry(entity, kb, taken, result)
        if entry is not None:
            sections[FILES[entity.category][1]].append(entry)
    written = _validated(into, sections, others)
    result.files = written
    clear_cache()
    return result


def _entry(
    entity: Imported, kb: KnowledgeBase, taken: set[str], result: ImportResult
) -> dict[str, Any] | None:
    known = [e for e in kb.lookup(entity.name) if e.category == entity.category]
    if entity.category == "place" and kb.place_variant(entity.name) is not None:
        result.problems.append(f"{entity.origin}: place {entity.name!r} is already known; skipped")
        return None
    if fold(entity.name) in taken or (kb.lookup(entity.name) and not known):
        result.problems.append(f"{entity.origin}: {entity.name!r} already names another entry; skipped")
        return None
    aliases: list[str] = []
    for alias in dict.fromkeys(a.strip() for a in entity.aliases if a.strip()):
        folded = fold(alias)
        if not folded or folded == fold(entity.name) or any(fold(a) == folded for a in aliases):
            continue
        if folded in taken or (kb.lookup(alias) and not any(k in known for k in kb.lookup(alias))):
            result.problems.append(f"{entity.origin}: alias {alias!r} already names another entry; left out")
            continue
        if not kb.lookup(alias):
            aliases.append(alias)
    taken.update(fold(x) for x in (entity.name, *aliases))
    if known:
        if not aliases:
            return None
        result.extended += 1
        field_name = "variants" if entity.category == "place" else "aliases"
        return {"extends": known[0].id, field_name: aliases}
    result.added += 1
    entry: dict[str, Any] = {"id": "import-" + slug(entity.name), "name": entity.name}
    if entity.category == "place":
        entry.update(country=entity.country, kind=entity.kind, lat=entity.lat, lon=entity.lon)
        entry["variants"] = aliases
        return entry
    entry["aliases"] = aliases
    if entity.category == "organization":
        entry["kind"] = entity.kind or "grouping"
    entry["country"] = entity.country
    return entry


def _validated(into: Path, sections: dict[str, list[dict[str, Any]]], others: list[Path]) -> list[Path]:
    """Write the files to a temporary directory, load the whole knowledge base with it (raising
    ConfigError naming the entry if anything is wrong), then move them into `into`."""
    into.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kb-import-", dir=into))
    try:
        names = []
        for file_name, section in FILES.values():
            if sections[section]:
                text = HEADER + yaml.safe_dump(
                    {section: sections[section]}, allow_unicode=True, sort_keys=False
                )
                (staging / file_name).write_text(text, encoding="utf-8")
                names.append(file_name)
        directories = [DATA_DIR, *others, staging]
        KnowledgeBase(parse_directories(directories), tuple(directories))
        for name in names:
            os.replace(staging / name, into / name)
        return [into / name for name in names]
    finally:
        shutil.rmtree(staging, ignore_errors=True)
