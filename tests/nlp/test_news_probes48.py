"""Readings mended in session 48, each on sentences written here: the words of an organisation's
name ("the Rapid Support Forces", "Yemen's Houthi movement") are no deed of their own."""

from __future__ import annotations

from tests.nlp.test_event_model import first_evidence
from tests.nlp.test_event_roles import events_in


def _pairs(text: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor_country, e.recipient_country) for e in events_in(text) if e.type == kind}


def test_a_named_movement_is_a_party_not_a_protest() -> None:
    text = "Yemen's Houthi movement stormed a UN compound in Sanaa and detained 9 aid workers."
    assert _pairs(text, "PROTEST") == set()
    assert any(actor == "YEM" for actor, _ in _pairs(text, "COERCE"))
    # a movement of protest is still one
    assert _pairs("The student movement blocked the main roads of Dhaka on Monday.", "PROTEST")


def test_the_words_of_a_body_name_are_no_trigger() -> None:
    support = first_evidence("Fighters of the Rapid Support Forces entered the town of Wad Madani.")
    assert not any(f.startswith("lex:SUPPORT") for f in support.features)
    resistance = first_evidence("The Islamic Resistance Movement released four hostages on Saturday.")
    assert not any(f.startswith(("lex:REJECT", "lex:PROTEST")) for f in resistance.features)
