"""Reading one of the YAML data files an analyst may extend: a fault names the file and what it
holds."""

from __future__ import annotations

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
