"""The checks of `data/events/known_events.yaml`: events the news names instead of dating."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.nlp.known_events import load_known_events


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("- {name: A coup, date: 2023-13-01, words: [[coup]]}", "month must be in 1..12"),
        ("- {name: A coup, date: 23-07, words: [[coup]]}", "date '23-07'"),
        ("- {name: A coup, date: 2023-07-26, words: [[Coup]]}", "words: expected"),
        ("- {name: A coup, date: 2023-07-26}", "expected the keys"),
        ("name: A coup", "expected a list of events"),
    ],
)
def test_a_malformed_known_event_is_refused_naming_the_file_and_problem(
    tmp_path: Path, entry: str, problem: str
) -> None:
    path = tmp_path / "known_events.yaml"
    path.write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_known_events(path)
    assert str(path) in str(refused.value)
    assert problem in str(refused.value)


def test_the_shipped_list_loads() -> None:
    assert any(e.date == "2022-02-24" for e in load_known_events())
