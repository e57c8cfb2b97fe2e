"""Readings mended in session 46, each on sentences written here: people who protest with no one
named against them protest against their own state."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in


def test_protesters_with_no_one_named_against_them_protest_against_their_own_state() -> None:
    found = events_in("Thousands of Kenyan protesters stormed the parliament building on Tuesday.")
    assert ("KEN", "KEN") in {(e.actor_country, e.recipient_country) for e in found if e.type == "PROTEST"}
    found = events_in("Chilean students marched through the capital for a third day.")
    assert ("CHL", "CHL") in {(e.actor_country, e.recipient_country) for e in found if e.type == "PROTEST"}


def test_a_states_own_protest_names_no_state_against_itself() -> None:
    found = events_in("Iranian diplomats protested outside the embassy on Monday.")
    assert ("IRN", "IRN") not in {(e.actor_country, e.recipient_country) for e in found}
