"""The event model's file, `data/events/model.json` (built by `scripts/train_events.py`): where it
is, and reading it with a clear error naming the file when it is not an event model."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.nlp.event_model import EventModel
from watchfloor.nlp.event_scorers import Linear, Thresholds

FORMAT = "watchfloor-event-model/1"


def model_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "events" / "model.json"))


@lru_cache(maxsize=4)
def load_event_model(path: Path | None = None) -> EventModel | None:
    """The shipped model (None when the package carries none: the rules alone then decide)."""
    path = path or model_path()
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the event model ({exc})") from exc
    return parse_model(raw, str(path))


def parse_model(raw: Any, where: str) -> EventModel:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ConfigError(f"{where}: not an event model (expected format {FORMAT!r})")
    try:
        types = {str(k): _linear(v) for k, v in raw["types"].items()}
        limits = raw["thresholds"]
        by_type = {
            str(k): _probability(v, f"thresholds.by_type.{k}")
            for k, v in (limits.get("by_type") or {}).items()
        }
        unknown = set(by_type) - set(types)
        if unknown:
            raise ValueError(f"thresholds.by_type: no model for {', '.join(sorted(unknown))}")

        def limit(name: str, default: float | None = None) -> float:  # (no default: required)
            if default is not None and name not in limits:
                return default
            return _probability(limits[name], f"thresholds.{name}")

        thresholds = Thresholds(
            limit("type"), limit("extra_party"), limit("rule", 1.01), limit("second", 1.01), by_type,
            limit("nobody", 0.0), limit("stateless", 0.0),
        )  # fmt: skip
        pair = _linear(raw["pair"]) if "pair" in raw else Linear(0.0, {})
        return EventModel(types, _linear(raw["actor"]), _linear(raw["recipient"]), thresholds, pair)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{where}: malformed event model ({exc!r})") from exc


def _probability(value: Any, name: str) -> float:
    """A threshold read from the file: a number from 0 to 1 (5 would silently drop every event)."""
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{name}: {value!r} is not a probability from 0 to 1")
    return number


def _linear(raw: Any) -> Linear:
    return Linear(float(raw["bias"]), {str(k): float(v) for k, v in raw["weights"].items()})
