"""News constructions, session 33: a warning of what its maker's side will do (a threat, no
accusation), a deed called an act of terror, a country's political opposition as a party, a
party name two states' parties share, missiles intercepted "by" a coalition, interceptors fired
at missiles, and a weekday something is set for. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_document


def test_a_warning_of_what_its_makers_side_will_do_is_a_threat() -> None:
    for sentence in (
        "The Iranian army warned that any attack on its soil would be met with a crushing response.",
        "The defence minister warned that Israel would strike Hezbollah if the group broke the truce.",
        "Officials warned that the rebels would pay for the attack.",
    ):
        templates = evidence_of(sentence)[0].templates
        assert "THREATEN" in templates, sentence
        assert templates.get("ACCUSE") is None or templates["ACCUSE"].trigger != "warned", sentence
    other = evidence_of("Officials warned that Iran was preparing to send missiles to Russia.")[0].templates
    assert other["ACCUSE"].trigger == "warned"  # a warning of another's deeds accuses it


def test_a_deed_called_an_act_of_terror_is_condemned() -> None:
    templates = evidence_of("The president called the bombing of the market an act of terror.")[0].templates
    assert templates["ACCUSE"].trigger == "called"


def test_a_countrys_political_opposition_is_a_party() -> None:
    text = (
        "Seoul on edge\n\nSEOUL, March 8, 2024 - South Korea's president accused the opposition of"
        " obstructing the budget on Friday.\n\nLawmakers voiced strong opposition to the plan."
    )
    document = Document(text, "t.txt", "t.txt", "text", published="2024-03-08")
    events = extract_document(document, analyse_layout(text)).events
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert (accusation.recipient, accusation.recipient_country) == ("the opposition", "KOR")
    voiced = evidence_of("Lawmakers voiced strong opposition to the plan.")[0]
    assert all(p.name != "opposition" for p in voiced.parties)
    assert "REJECT" in voiced.templates  # an act of opposing stays one


def test_a_party_name_two_states_share_is_of_the_state_named() -> None:
    for text, country in (
        ("South Korea's parliament met on Friday. The Democratic Party called for a vote.", "KOR"),
        ("The United States Senate met on Friday. The Democratic Party called for a vote.", "USA"),
    ):
        document = Document(text, "t.txt", "t.txt", "text", published="2024-03-08")
        entities = extract_document(document, analyse_layout(text)).entities
        party = next(e for e in entities if "Democratic Party" in e.mentions)
        assert party.country == country, text


def test_who_intercepts_missiles_did_not_fire_them() -> None:
    events = events_in(
        "Most of the missiles were intercepted by air defences and by a coalition led by the United States."
    )
    assert not any(e.type == "ASSAULT" and e.actor in {"a coalition", "United States"} for e in events)


def test_interceptors_fired_at_missiles_are_a_defence() -> None:
    said = "Two destroyers fired about a dozen interceptors at the incoming missiles, the Pentagon said."
    sentence = evidence_of(said)[0]
    assert sentence.templates["ASSAULT"].inverse


def test_a_weekday_something_is_set_for_is_ahead_and_its_own() -> None:
    events = events_in("Britain condemned the strike and called a Security Council meeting for Tuesday.")
    dates = {e.type: e.date for e in events}
    assert dates.get("CONSULT") == "2024-03-12"  # published on Friday, March 8
    assert dates["ACCUSE"] == "2024-03-08"
