"""Reading one of the YAML data files an analyst may extend: a fault names the file and what it
holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.yaml_loader import YAMLError, safe_load


def read_data_file(path: Path, what: str) -> Any:
    """The file's YAML; a file that cannot be read or parsed is refused with its name and `what`
    it should hold ("the trigger lexicon")."""
    try:
        return safe_load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError, ValueError) as exc:  # (ValueError: a date YAML cannot read)
        raise ConfigError(f"{path}: cannot read the {what} ({exc})") from exc


def word_lists(
    path: Path, what: str, keys: Sequence[str], names: Collection[str] = ()
) -> dict[str, frozenset[str]]:
    """The file's lists of words by key: a mapping with exactly `keys`, each a list of one-word,
    lower-case lemmas (for the keys in `names`, of names or parts of names as written: "Armed
    Forces", "U.N."), none twice; a fault names the file, the list and the word."""
    raw = read_data_file(path, what)
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping with the keys {', '.join(keys)}")
    unknown = sorted(str(key) for key in raw if key not in keys)
    if unknown:
        raise ConfigError(f"{path}: unknown key {', '.join(unknown)} (expected {', '.join(keys)})")
    missing = [key for key in keys if key not in raw]
    if missing:
        raise ConfigError(f"{path}: missing key {', '.join(missing)}")
    return {key: (name_parts if key in names else lemmas)(raw[key], f"{path}: {key}") for key in keys}


def lemmas(values: Any, where: str) -> frozenset[str]:
    """A list of one-word, lower-case lemmas, none twice."""
    return _entries(values, where, "lemmas", _lemma_fault)


def name_parts(values: Any, where: str) -> frozenset[str]:
    """A list of names or parts of names as written, case kept ("Armed Forces", "U.N."), one space
    between words, none twice."""
    return _entries(values, where, "names", _name_fault)


def _lemma_fault(item: str) -> str | None:
    if not item or item.split() != [item]:
        return "should be one word, with no spaces"
    if item != item.lower():
        return "should be lower-case (the lemma, as the parser gives it)"
    return None


def _name_fault(item: str) -> str | None:
    if not item or " ".join(item.split()) != item:
        return "should be words with one space between them and none around"
    return None


def _entries(values: Any, where: str, kind: str, fault: Callable[[str], str | None]) -> frozenset[str]:
    """The list's strings, refused at the first one `fault` finds a problem in, or at a repeat."""
    if not isinstance(values, list):
        raise ConfigError(f"{where}: expected a list of {kind}, not {type(values).__name__}")
    for item in values:
        if not isinstance(item, str):  # (a bare yes, no, on or off is read as true or false: quote it)
            raise ConfigError(f"{where}: {item!r} is not a word (quote it)")
        problem = fault(item)
        if problem is not None:
            raise ConfigError(f"{where}: {item!r} {problem}")
    repeated = sorted(word for word, count in Counter(values).items() if count > 1)
    if repeated:
        raise ConfigError(f"{where}: {', '.join(map(repr, repeated))} listed more than once")
    return frozenset(values)
