"""Profiles and editions: the weekday rule, the period an edition covers, one edition per day unless
replaced, the filters and the minimum confidence, and bad profiles refused with a clear error."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from watchfloor.editions import (
    DailyScheduler,
    add_profile,
    find_edition,
    get_profile,
    make_edition,
    make_editions,
    make_profile,
    parse_clock,
)
from watchfloor.editions.daily import next_run
from watchfloor.editions.weekdays import covered_since, describe, is_due, parse_weekdays
from watchfloor.errors import ConfigError
from watchfloor.store import open_store

from .conftest import BASE_URL


@pytest.mark.parametrize(
    ("rule", "mask"),
    [("mon-fri", "MTWTF.."), ("daily", "MTWTFSS"), ("mon,wed,fri", "M.W.F.."), ("fri-mon", "M...FSS"),
     ("Saturday", ".....S.")],
)  # fmt: skip
def test_weekday_rules(rule: str, mask: str) -> None:
    assert parse_weekdays(rule) == mask
    assert parse_weekdays(describe(mask)) == mask


def test_the_weekday_rule_decides_what_is_due_and_what_an_edition_covers() -> None:
    weekdays = parse_weekdays("mon-fri")
    assert [is_due(weekdays, date(2024, 3, d)) for d in range(15, 19)] == [True, False, False, True]
    assert covered_since(weekdays, date(2024, 3, 18)) == date(2024, 3, 16)  # Monday covers the weekend
    assert covered_since(weekdays, date(2024, 3, 19)) == date(2024, 3, 19)
    assert covered_since(parse_weekdays("mon"), date(2024, 3, 18)) == date(2024, 3, 12)


def test_only_profiles_due_that_weekday_get_an_edition(db: Path | str) -> None:
    with open_store(db) as store:
        add_profile(store.conn, make_profile("weekend", weekdays="sat-sun", min_confidence=0))
        made, skipped = make_editions(store.conn, date(2024, 3, 16), BASE_URL)
        assert [e.profile for e, _ in made] == ["weekend"] and skipped == ["desk"]
        made, skipped = make_editions(store.conn, date(2024, 3, 18), BASE_URL)
        assert [e.profile for e, _ in made] == ["desk"] and skipped == ["weekend"]


def test_one_edition_a_day_unless_replaced(db: Path | str) -> None:
    with open_store(db) as store:
        profile = get_profile(store.conn, "desk")
        first, made = make_edition(store.conn, profile, date(2024, 3, 14), BASE_URL)
        assert made and first.sentences > 0 and "Qatar" in first.markdown
        again, made = make_edition(store.conn, profile, date(2024, 3, 14), BASE_URL)
        assert not made and again == first
        store.conn.execute("UPDATE events SET confidence = 0.2")
        replaced, made = make_edition(store.conn, profile, date(2024, 3, 14), BASE_URL, replace_existing=True)
        assert made and replaced.id == first.id and replaced.markdown == first.markdown  # minimum 0
        count = store.conn.execute("SELECT count(*) FROM editions").fetchone()[0]
        assert count == 1


def test_the_minimum_confidence_and_the_filters_narrow_an_edition(db: Path | str) -> None:
    with open_store(db) as store:
        add_profile(store.conn, make_profile("sure", min_confidence=0.6))
        add_profile(store.conn, make_profile("baltic", countries=["Lithuania"], min_confidence=0))
        store.conn.execute("UPDATE events SET confidence = 0.9")
        store.conn.execute(
            "UPDATE events SET confidence = 0.3 WHERE document_id = (SELECT id FROM documents WHERE title ="
            " 'Monday Desk')"
        )
        sure, _ = make_edition(store.conn, get_profile(store.conn, "sure"), date(2024, 3, 18), BASE_URL)
        desk, _ = make_edition(store.conn, get_profile(store.conn, "desk"), date(2024, 3, 18), BASE_URL)
        baltic, _ = make_edition(store.conn, get_profile(store.conn, "baltic"), date(2024, 3, 18), BASE_URL)
        assert "Venezuela" in desk.markdown and "Lithuania" in desk.markdown
        assert "Venezuela" not in sure.markdown and "Lithuania" in sure.markdown
        assert "Venezuela" not in baltic.markdown and "Lithuania" in baltic.markdown
        assert find_edition(store.conn, "sure", "2024-03-18") == sure
        sources = store.conn.execute(
            "SELECT count(*) FROM edition_sources WHERE edition_id = ?", (desk.id,)
        ).fetchone()[0]
        assert sources == len(desk.brief.sources) >= 2


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"name": "bad name"}, "profile name 'bad name'"),
        ({"countries": ["Atlantis"]}, "--country 'Atlantis'"),
        ({"topics": ["gossip"]}, "--topic 'gossip'"),
        ({"weekdays": "mon-fry"}, "'fry' is not a day"),
        ({"min_confidence": 1.5}, "--min-confidence 1.5"),
    ],
)
def test_a_bad_profile_is_refused_naming_what_is_wrong(options: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"name": "desk", **options}
    name = str(arguments.pop("name"))
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        make_profile(name, **arguments)  # type: ignore[arg-type]


def test_a_taken_or_unknown_profile_name_is_an_error(db: Path | str) -> None:
    with open_store(db) as store:
        with pytest.raises(ConfigError, match="a brief profile named 'desk' exists already"):
            add_profile(store.conn, make_profile("desk"))
        with pytest.raises(ConfigError, match=r"no brief profile named 'dsk' \(profiles: desk;"):
            get_profile(store.conn, "dsk")


def test_the_in_process_schedule_runs_at_the_hour_given() -> None:
    assert parse_clock("7:05") == (7, 5)
    with pytest.raises(ConfigError, match="--daily '25:00'"):
        parse_clock("25:00")
    assert next_run(datetime(2024, 3, 18, 6, 0), (7, 5)) == datetime(2024, 3, 18, 7, 5)
    assert next_run(datetime(2024, 3, 18, 7, 5), (7, 5)) == datetime(2024, 3, 19, 7, 5)
    clock = iter([datetime(2024, 3, 18, 7, 4, 59, 950_000)] * 2 + [datetime(2024, 3, 18, 7, 5, 1)] * 100)
    ran: list[int] = []
    scheduler = DailyScheduler((7, 5), lambda: ran.append(1), now=lambda: next(clock))
    scheduler.start()
    for _ in range(100):
        if ran:
            break
        scheduler.join(0.05)
    scheduler.stop()
    scheduler.join(2)
    assert ran == [1] and not scheduler.is_alive()
