"""Readings mended in session 47, each on sentences written here: a reaction to a deed named by a
noun alone ("welcomed the decision") answers that deed's doer; a question asked is no request."""

from __future__ import annotations

from tests.nlp.test_entities import extract
from tests.nlp.test_event_roles import country_pairs as _pairs
from tests.nlp.test_event_roles import events_in


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


def test_an_organ_of_the_actors_own_state_may_be_addressed() -> None:
    story = (
        "Israeli protesters blocked roads in Tel Aviv on Monday. "
        "President Isaac Herzog called on the government to stop the legislation immediately."
    )
    assert ("ISR", "ISR") in _pairs(story, "REQUEST")
    # (the state as a whole stays out: an official of it does not address it)
    assert ("ISR", "ISR") not in _pairs("Israel's foreign minister urged Israel to act.", "REQUEST")


def test_force_on_a_states_organ_is_an_armed_groups_not_its_own_officials() -> None:
    story = "Ethiopian officials said the TPLF attacked a federal army base in Tigray on Wednesday."
    assert ("ETH", "ETH") in _pairs(story, "ASSAULT")


def test_a_parliament_named_as_such_is_a_party_of_the_state_it_sits_in() -> None:
    story = (
        "Protests spread across Senegal on Monday. "
        "President Macky Sall asked the parliament to approve the delay."
    )
    assert ("SEN", "SEN") in _pairs(story, "REQUEST")


def test_a_protest_from_a_state_is_its_accusation() -> None:
    story = (
        "Japan's government asked other countries to be cautious about attending the parade, "
        "drawing a protest from Beijing."
    )
    assert ("CHN", "JPN") in _pairs(story, "ACCUSE")
    assert not _pairs(story, "PROTEST")


def test_an_official_of_a_body_of_states_speaks_for_no_state() -> None:
    # (in 2024, Stoltenberg, a Norwegian, was NATO's Secretary General: the knowledge base's office)
    _, entities = extract("NATO Secretary General Jens Stoltenberg condemned the strikes on Kyiv.")
    assert entities["Jens Stoltenberg"]["country"] is None
    # (one the knowledge base does not know, described as an official of such a body)
    _, entities = extract(
        "Fighting continued in Darfur on Monday. The UN humanitarian coordinator for Sudan, "
        "Clementine Nkweta-Salami, said she was alarmed by the reports."
    )
    assert entities["Clementine Nkweta-Salami"]["country"] is None


def test_what_a_deed_is_done_despite_is_no_deed_reported() -> None:
    found = events_in("China has kept importing the bulk of Iran's oil exports despite US sanctions.")
    assert "SANCTION" not in {e.type for e in found}
    found = events_in("Chinese refiners kept buying Iranian crude in defiance of US sanctions.")
    assert "SANCTION" not in {e.type for e in found}


def test_a_threat_beside_a_reaction_is_made_to_the_doer_it_answers() -> None:
    story = (
        "The United States imposed sanctions on Turkey's defence industry on Monday. The Turkish "
        "Foreign Ministry condemned the sanctions as a grave mistake and said Ankara would retaliate."
    )
    assert ("TUR", "USA") in _pairs(story, "THREATEN")
