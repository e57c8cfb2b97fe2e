"""News constructions, session 38: capitals that act for their governments, and people whose state
the story gives only by the office they hold or the state that holds them. Sentences written for
these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in


def _pairs(body: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor_country, e.recipient_country) for e in events_in(body) if e.type == kind}


def test_a_capital_that_acts_is_its_government() -> None:
    assert _pairs("Kinshasa accused Kigali of arming the rebels on Tuesday.", "ACCUSE") == {("COD", "RWA")}
