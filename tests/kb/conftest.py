"""Fixtures for the knowledge-base tests: the shipped KB and small knowledge directories."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from watchfloor.kb import DATA_DIR, ENV_EXTRA, KnowledgeBase, clear_cache, load_kb

WriteKb = Callable[..., Path]


@pytest.fixture(autouse=True)
def _no_extra_dirs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests see only the directories they name, and never a cached KB from another test."""
    monkeypatch.delenv(ENV_EXTRA, raising=False)
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture
def write_kb(tmp_path: Path) -> WriteKb:
    """write_kb(files={"states.yaml": "..."}, plover=True, name="kb") -> a knowledge directory
    holding those files, plus the shipped plover.yaml when `plover` is true."""

    def write(files: dict[str, str], plover: bool = False, name: str = "kb") -> Path:
        directory = tmp_path / name
        directory.mkdir()
        for file_name, text in files.items():
            (directory / file_name).write_text(text, encoding="utf-8")
        if plover:
            shutil.copy(DATA_DIR / "plover.yaml", directory / "plover.yaml")
        return directory

    return write
