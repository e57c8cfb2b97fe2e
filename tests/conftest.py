"""Shared fixtures: the real seed reports (skipped cleanly when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds is not here")
    return SEEDS


@pytest.fixture
def seed(seeds_dir: Path):  # type: ignore[no-untyped-def]
    """seed("001") -> the path of the seed whose name starts with that prefix."""

    def find(prefix: str) -> Path:
        matches = sorted(seeds_dir.glob(f"{prefix}*"))
        if not matches:
            pytest.skip(f"no seed named {prefix}*")
        return matches[0]

    return find


@pytest.fixture
def eval_dir() -> Path:
    if not (EVAL / "score.py").is_file():
        pytest.skip("../shared/eval is not here")
    return EVAL
