"""Briefs tell confident events by default, and never a sentence whose party is a place, a site,
a publication or an unresolved "its allies", or acts on itself: a store whose extraction (parties,
confidences) the test writes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.brief import Brief, draft_brief_from, make_request
from watchfloor.errors import ConfigError
from watchfloor.nlp.types import Entity, Event, Place
from watchfloor.settings import CONFIDENT
from watchfloor.store import open_store

OUTLET = "Harbor Gazette"


def state(iso3: str, name: str, *mentions: str) -> Entity:
    return Entity(f"state:{iso3}", name, "GPE", iso3, mentions=[name, *mentions], kb_key=f"state:{iso3}")


ENTITIES = [
    state("IRN", "Iran"),
    state("RUS", "Russia", "Moscow"),  # the capital stands for the government
    state("VEN", "Venezuela"),
    state("UKR", "Ukraine"),
    Entity("GPE:doha", "Doha", "GPE", "QAT", mentions=["Doha"]),  # a city, not a state
    Entity(
        "organization:tasnim",
        "Tasnim News Agency",
        "ORG",
        "IRN",
        mentions=["Tasnim"],
        kb_key="organization:tasnim",
    ),
    Entity("ORG:kataib hezbollah", "Kataib Hezbollah", "ORG", "IRQ", mentions=["Kataib Hezbollah"]),
    Entity("FAC:ain al-asad air base", "Ain al-Asad Air Base", "FAC", "IRQ", mentions=["Ain al-Asad"]),
]
PLACES = [
    Place("geonames:706483", "Kharkiv", "city", 49.98, 36.25, "UKR", mentions=["Kharkiv"]),
    Place("geonames:524901", "Moscow", "city", 55.75, 37.62, "RUS", mentions=["Moscow"]),
]


def event(text: str, kind: str, actor: str, recipient: str | None, confidence: float, **more: str) -> Event:
    return Event(
        type=kind, mode=None, actor=actor, actor_country=None, recipient=recipient, recipient_country=None,
        date="2024-05-01", place=None, certainty=more.get("certainty", "asserted"), source=None, text=text,
        start=0, end=0, trigger=text.split()[1], confidence=confidence,
    )  # fmt: skip


EVENTS = {
    "confident": event("Iran delivered drones to Russia on May 1.", "AID", "Iran", "Russia", 0.9),
    "unconfident": event(
        "Iran may have sent missiles to Venezuela on May 1.",
        "AID",
        "Iran",
        "Venezuela",
        0.1,
        certainty="possible",
    ),
    "at threshold": event("Russia struck Ukraine on May 1.", "ASSAULT", "Russia", "Ukraine", CONFIDENT),
    "just below": event("Russia threatened Ukraine on May 1.", "THREATEN", "Russia", "Ukraine", 0.29),
    "capital": event("Moscow accused Ukraine of sabotage on May 1.", "ACCUSE", "Moscow", "Ukraine", 0.8),
    "itself": event("Iran reassured Iran on May 1.", "CONSULT", "Iran", "Iran", 0.9),
    "city": event("Doha hosted Russia on May 1.", "CONSULT", "Doha", "Russia", 0.9),
    "news agency": event("Tasnim accused Ukraine of lying on May 1.", "ACCUSE", "Tasnim", "Ukraine", 0.9),
    "outlet": event("Harbor Gazette accused Russia of lying on May 1.", "ACCUSE", OUTLET, "Russia", 0.9),
    "stored place": event("Kharkiv attacked Russia on May 1.", "ASSAULT", "Kharkiv", "Russia", 0.9),
    "site": event(
        "Kataib Hezbollah attacked Ain al-Asad on May 1.", "ASSAULT", "Kataib Hezbollah", "Ain al-Asad", 0.9
    ),
    "pronoun": event("Its allies accused Russia of lying on May 1.", "ACCUSE", "its allies", "Russia", 0.9),
}
TOLD_BY_DEFAULT = {"confident", "at threshold", "capital"}
NEVER_TOLD = {"itself", "city", "news agency", "outlet", "stored place", "site", "pronoun"}


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, store_report: Callable[..., list[int]]
) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("brief-confidence") / "b.db"
    with open_store(path) as opened:
        ids = store_report(opened, list(EVENTS.values()), entities=ENTITIES, places=PLACES, outlet=OUTLET)
    return path, dict(zip(EVENTS, ids, strict=True))


def told(brief: Brief, ids: dict[str, int]) -> set[str]:
    by_id = {i: name for name, i in ids.items()}
    return {by_id[i] for sentence in brief.sentences for i in sentence.events}


def test_the_default_brief_tells_confident_events_and_only_parties(
    store: tuple[Path, dict[str, int]],
) -> None:
    path, ids = store
    brief = draft_brief_from(path, make_request("2024-05-01"))
    assert told(brief, ids) == TOLD_BY_DEFAULT
    text = " ".join(s.text for s in brief.sentences)
    for word in ("Venezuela", "Doha", "Tasnim", OUTLET, "Kharkiv", "Ain al-Asad", "reassured", "allies"):
        assert word not in text
    assert "Russia" in text and "Ukraine" in text  # "Moscow" is told as its state


def test_min_confidence_zero_shows_all_events_but_never_the_unfit_parties(
    store: tuple[Path, dict[str, int]],
) -> None:
    path, ids = store
    everything = told(draft_brief_from(path, make_request("2024-05-01", min_confidence=0)), ids)
    assert everything == set(EVENTS) - NEVER_TOLD
    stricter = told(draft_brief_from(path, make_request("2024-05-01", min_confidence=0.85)), ids)
    assert stricter == {"confident"}


def test_the_default_threshold_comes_from_the_environment(
    store: tuple[Path, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = store
    monkeypatch.setenv("WATCHFLOOR_MIN_CONFIDENCE", "0")
    assert make_request("2024-05-01").min_confidence == 0
    assert "unconfident" in told(draft_brief_from(path, make_request("2024-05-01")), ids)
    monkeypatch.setenv("WATCHFLOOR_MIN_CONFIDENCE", "high")
    with pytest.raises(ConfigError, match="WATCHFLOOR_MIN_CONFIDENCE"):
        make_request("2024-05-01")


@pytest.mark.parametrize("value", [-0.1, 1.5, float("nan")])
def test_a_threshold_outside_zero_to_one_is_refused(value: float) -> None:
    with pytest.raises(ConfigError, match="--min-confidence"):
        make_request("2024-05-01", min_confidence=value)


def test_the_command_takes_min_confidence_and_refuses_a_bad_one(store: tuple[Path, dict[str, int]]) -> None:
    path, _ = store

    def brief(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "watchfloor", "brief", "--since", "2024-05-01", "--db", str(path)]
        return subprocess.run([*command, *args], capture_output=True, text=True, timeout=120)

    default, everything = brief(), brief("--min-confidence", "0")
    assert default.returncode == 0 and everything.returncode == 0, default.stderr + everything.stderr
    assert "Venezuela" not in default.stdout and "Venezuela" in everything.stdout
    for bad in ("1.5", "-1", "most"):
        refused = brief("--min-confidence", bad)
        assert refused.returncode == 2 and "--min-confidence" in refused.stderr, refused.stderr
