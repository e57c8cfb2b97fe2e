"""Reading YAML (the package's data files, an analyst's extra knowledge, front matter): libyaml's
C parser where PyYAML was built with it, else PyYAML's own. Both build values with the safe
constructors (the same types, the same dates), so only the speed differs: the C parser reads the
knowledge files about seven times faster."""

from __future__ import annotations

from typing import IO, Any

import yaml

Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
YAMLError = yaml.YAMLError
MarkedYAMLError = yaml.MarkedYAMLError


def safe_load(source: str | bytes | IO[str]) -> Any:
    """Like `yaml.safe_load`, with the C parser when there is one."""
    return yaml.load(source, Loader=Loader)
