"""Readings mended in session 47, each on sentences written here: a reaction to a deed named by a
noun alone ("welcomed the decision") answers that deed's doer; a question asked is no request."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in


def _pairs(text: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor_country, e.recipient_country) for e in events_in(text) if e.type == kind}


def test_a_welcome_of_the_decision_supports_whoever_took_it() -> None:
    story = (
        "China lifted its punitive tariffs on Australian barley on Friday. "
        "Australian Trade Minister Don Farrell welcomed the decision."
    )
    assert ("AUS", "CHN") in _pairs(story, "SUPPORT")


def test_a_condemnation_of_sanctions_accuses_whoever_imposed_them() -> None:
    story = (
        "The United States imposed sanctions on Venezuela's state oil company on Monday. "
        "Venezuelan President Nicolas Maduro condemned the sanctions as illegal."
    )
    assert ("VEN", "USA") in _pairs(story, "ACCUSE")


def test_an_agreement_welcomed_is_no_one_sides_deed() -> None:
    story = (
        "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday. "
        "Kenyan President William Ruto welcomed the agreement."
    )
    assert ("KEN", "ETH") not in _pairs(story, "SUPPORT")
    assert ("KEN", "ERI") not in _pairs(story, "SUPPORT")


def test_a_question_asked_is_no_request() -> None:
    assert _pairs("Lula asked why every country had to trade in dollars.", "REQUEST") == set()
    assert _pairs("Japan asked China whether it would lift the ban on seafood.", "REQUEST") == set()
    # (a request for a deed stays one)
    assert ("UKR", "DEU") in _pairs("Ukraine asked Germany to send more air defence systems.", "REQUEST")
