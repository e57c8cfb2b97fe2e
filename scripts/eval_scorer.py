"""The evaluation's own scorer, `../shared/eval/score.py` (standard library only), loaded as a
module for the scripts that score records in memory (`train_events.py`, `event_errors.py`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any


def load_scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
