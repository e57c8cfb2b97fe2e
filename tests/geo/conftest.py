"""The gazetteer, built once for the whole geo test session (a few seconds)."""

from __future__ import annotations

import pytest

from watchfloor.geo import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()
