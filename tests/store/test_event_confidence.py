"""The store's confidence filters: events, dyads and a brief's reported events keep exactly those at
or above the threshold; the threshold's default and its environment variable."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.nlp.types import Entity, Event
from watchfloor.settings import CONFIDENT, Settings, default_min_confidence
from watchfloor.store import open_store
from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.store.story_queries import ReportedFilters, reported_events

CONFIDENCES = (0.0, 0.1, 0.299, CONFIDENT, 0.31, 1.0)


def consult(confidence: float) -> Event:
    return Event(
        type="CONSULT", mode=None, actor="Iran", actor_country="IRN", recipient="Oman",
        recipient_country="OMN", date="2024-05-01", place=None, certainty="asserted", source=None,
        text=f"Iran met Oman, round {confidence}.", start=0, end=0, trigger="met", confidence=confidence,
    )  # fmt: skip


@pytest.fixture(scope="module")
def queries(
    tmp_path_factory: pytest.TempPathFactory, store_report: Callable[..., list[int]]
) -> Iterator[tuple[StoreQueries, dict[float, int]]]:
    path: Path = tmp_path_factory.mktemp("confidence") / "s.db"
    entities = [
        Entity("state:IRN", "Iran", "GPE", "IRN", mentions=["Iran"], kb_key="state:IRN"),
        Entity("state:OMN", "Oman", "GPE", "OMN", mentions=["Oman"], kb_key="state:OMN"),
    ]
    with open_store(path) as store:
        ids = store_report(store, [consult(c) for c in CONFIDENCES], entities=entities)
    opened = StoreQueries.open(path)
    yield opened, dict(zip(CONFIDENCES, ids, strict=True))
    opened.close()


@pytest.mark.parametrize("threshold", [None, 0.0, 0.1, 0.2999, CONFIDENT, 0.5, 1.0])
def test_filters_keep_exactly_the_events_at_or_above_the_threshold(
    queries: tuple[StoreQueries, dict[float, int]], threshold: float | None
) -> None:
    store, ids = queries
    expected = {i for c, i in ids.items() if threshold is None or c >= threshold}
    assert {e.id for e in store.events(EventFilters(min_confidence=threshold))} == expected
    (dyad,) = store.dyads(EventFilters(min_confidence=threshold))
    assert dyad.count == len(expected)
    reported = reported_events(store, ReportedFilters("2024", min_confidence=threshold or 0.0))
    assert {e.id for e in reported} == expected


def test_the_default_threshold_and_its_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHFLOOR_MIN_CONFIDENCE", raising=False)
    assert default_min_confidence() == CONFIDENT == Settings.from_env().min_confidence == 0.3
    monkeypatch.setenv("WATCHFLOOR_MIN_CONFIDENCE", " 0.45 ")
    assert default_min_confidence() == 0.45 == Settings.from_env().min_confidence
    for bad in ("1.2", "-0.1", "high", "nan", "inf"):
        monkeypatch.setenv("WATCHFLOOR_MIN_CONFIDENCE", bad)
        with pytest.raises(ConfigError, match=r"WATCHFLOOR_MIN_CONFIDENCE=.*number from 0 to 1"):
            default_min_confidence()
        with pytest.raises(ConfigError, match="WATCHFLOOR_MIN_CONFIDENCE"):
            Settings.from_env()
