"""Mechanisms read off news stories written for session 41, each on sentences written here."""

from __future__ import annotations

from tests.nlp.test_entities import extract
from tests.nlp.test_event_model import events_in, first_evidence, of_sentence


def test_a_group_of_no_state_is_the_group_where_it_was_struck() -> None:
    found = events_in(
        "Egyptian fighter jets struck Islamic State camps in Libya on Monday. "
        "Egypt's foreign ministry condemned the Islamic State on Tuesday."
    )
    strike = next(e for e in of_sentence(found, "struck") if e.type == "ASSAULT")
    assert (strike.actor_country, strike.recipient, strike.recipient_country) == (
        "EGY",
        "Islamic State",
        "LBY",
    )
    # a word against the group is not force used somewhere: the group keeps no state
    condemned = [e for e in of_sentence(found, "condemned") if e.recipient == "Islamic State"]
    assert condemned and all(e.recipient_country is None for e in condemned)


def test_a_militia_spelled_another_way_is_still_that_militia() -> None:
    found = events_in("US forces carried out strikes on five Kata'ib Hizbollah facilities in western Iraq.")
    strike = next(e for e in found if e.type == "ASSAULT")
    assert (strike.recipient, strike.recipient_country) == ("Kataib Hezbollah", "IRQ")


def test_an_armed_forces_raid_on_a_place_is_a_sure_attack_and_a_police_raid_is_not() -> None:
    raid = first_evidence("Mexican soldiers raided a camp outside Culiacan on Sunday.")
    assert "settled:ASSAULT" in raid.features
    search = first_evidence("Police raided the offices of the newspaper on Monday.")
    assert "settled:ASSAULT" not in search.features


def test_the_nationality_nearest_a_name_is_the_persons() -> None:
    _, entities = extract("Iranian police detained French teacher Cecile Kohler in Tehran.")
    assert entities["Cecile Kohler"]["country"] == "FRA"


def test_a_warning_against_a_deed_promises_nothing_and_a_warning_of_what_will_come_does() -> None:
    caution = first_evidence("The ministry warned against any attack on its ships.")
    assert not caution.templates["THREATEN"].is_event
    threat = first_evidence("Hunt warned Iran of serious consequences over the seized tanker.")
    assert threat.templates["THREATEN"].is_event
