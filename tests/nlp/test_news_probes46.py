"""Readings mended in session 46, each on sentences written here: people who protest with no one
named against them, a body no one knows in a story chiefly about one state, a deed ordered,
diplomats withdrawn, and more."""

from __future__ import annotations

from dataclasses import replace

from tests.nlp.test_entities import extract
from tests.nlp.test_event_model import first_evidence
from tests.nlp.test_event_roles import events_in

from watchfloor.nlp.event_model_file import load_event_model


def test_protesters_with_no_one_named_against_them_protest_against_their_own_state() -> None:
    found = events_in("Thousands of Kenyan protesters stormed the parliament building on Tuesday.")
    assert ("KEN", "KEN") in {(e.actor_country, e.recipient_country) for e in found if e.type == "PROTEST"}
    found = events_in("Chilean students marched through the capital for a third day.")
    assert ("CHL", "CHL") in {(e.actor_country, e.recipient_country) for e in found if e.type == "PROTEST"}


def test_a_states_own_protest_names_no_state_against_itself() -> None:
    found = events_in("Iranian diplomats protested outside the embassy on Monday.")
    assert ("IRN", "IRN") not in {(e.actor_country, e.recipient_country) for e in found}


def test_a_body_no_one_knows_is_of_the_state_the_story_is_chiefly_about() -> None:
    _, entities = extract(
        "Police in Nairobi detained two Kenyan journalists on Monday. "
        "The opposition Harambee Unity Movement accused the interior ministry of silencing critics."
    )
    assert entities["Harambee Unity Movement"]["country"] == "KEN"
    # not where no state dominates the story, nor a body whose name says it is of many states
    _, entities = extract(
        "Kenya, Uganda and Rwanda signed a border accord in Geneva. "
        "The Lakeside Observers Network welcomed the deal, as did the International Border Forum."
    )
    assert entities["Lakeside Observers Network"]["country"] is None
    _, entities = extract(
        "Police in Nairobi detained two Kenyan journalists on Monday. "
        "The International Press Freedom Forum accused Kenya of silencing critics."
    )
    assert entities["International Press Freedom Forum"]["country"] is None


def test_a_deed_ordered_is_that_deed_and_no_purchase() -> None:
    found = events_in("President Bola Tinubu ordered the release of all the detained minors on Monday.")
    assert {e.type for e in found} == {"RETREAT"}
    # (what is bought still is: "ordered 48 jets")
    found = events_in("Poland ordered 48 FA-50 light combat jets from South Korea in September.")
    assert "AGREE" in {e.type for e in found}


def test_diplomats_withdrawn_are_relations_cut_and_troops_withdrawn_a_retreat() -> None:
    found = events_in(
        "The government of Venezuela ordered the withdrawal of the diplomatic personnel of Chile and Peru."
    )
    assert {(e.type, e.recipient_country) for e in found} == {("SANCTION", "CHL"), ("SANCTION", "PER")}
    found = events_in("Israel completed the withdrawal of its troops from the Gaza Strip on Monday.")
    assert "RETREAT" in {e.type for e in found}


def test_a_types_own_threshold_holds_for_its_words_not_for_a_type_read_from_none() -> None:
    evidence = first_evidence("Prime Minister Modi described the loan as almost free and thanked Abe warmly.")
    assert "ACCUSE" not in evidence.templates  # (no word of accusing)
    model = load_event_model()
    p_accuse = model.type_probabilities(evidence)["ACCUSE"]
    assert 0.0 < p_accuse < model.thresholds.type
    # a threshold for ACCUSE's words far below its chance reads no accusation from no word
    lowered = replace(model, thresholds=replace(model.thresholds, by_type={"ACCUSE": p_accuse / 2}))
    assert "ACCUSE" not in {e.type for e in lowered.events(evidence)}


def test_a_state_holds_no_protest_its_people_do() -> None:
    found = events_in("Anti-Japan protests spread across China on Sunday.")
    found = [e for e in found if e.type == "PROTEST"]
    assert found and all(e.actor == "protesters" for e in found)
    assert ("CHN", "JPN") in {(e.actor_country, e.recipient_country) for e in found}


def test_a_condemned_attack_is_its_lead_doers_though_of_no_known_state() -> None:
    found = events_in(
        "Gunmen stormed a hotel in the city of Kismayo on Friday, killing nine guests. "
        "Somali security forces later killed all four attackers after a ten-hour siege. "
        "The United States condemned the attack."
    )
    condemned = [e for e in found if e.type == "ACCUSE" and e.actor_country == "USA"]
    assert condemned and all(e.recipient_country != "SOM" for e in condemned)


def test_a_description_before_a_name_gives_its_nationality() -> None:
    _, entities = extract(
        "Russia freed former US Marine Paul Whelan on Thursday. Whelan had been held in Russia since 2018."
    )
    assert entities["Paul Whelan"]["country"] == "USA"
    _, entities = extract("Jihadists in Mali released French photographer Olivier Dubois on Monday in Gao.")
    assert entities["Olivier Dubois"]["country"] == "FRA"


def test_a_live_blogs_time_stamp_is_no_part_of_a_partys_name() -> None:
    found = events_in("[09:30 GMT] Turkish troops crossed into Syria near Tal Abyad.")
    assert {e.actor for e in found if e.type == "MOBILIZE"} == {"Turkish troops"}
    found = events_in("16:00 NPT - Soldiers fired tear gas at protesters outside parliament in Kathmandu.")
    assert "Soldiers" in {e.actor for e in found}
    # (a hyphen that joins words stays: "pro-EU")
    found = events_in("Pro-EU protesters marched on parliament in Tbilisi.")
    assert all("EU" not in (e.actor or "") or "Pro-EU" in (e.actor or "") for e in found)


def test_a_states_people_demand_of_their_own_state_where_no_one_is_named() -> None:
    found = events_in("Protesters in Santiago are demanding broader changes to the economic model.")
    assert ("CHL", "CHL") in {(e.actor_country, e.recipient_country) for e in found if e.type == "REQUEST"}
    # (not a state's own organ, whose demand names no one)
    found = events_in("Chilean police demanded calm on Sunday.")
    assert ("CHL", "CHL") not in {(e.actor_country, e.recipient_country) for e in found}


def test_lawmakers_no_state_is_named_for_sit_where_they_are_named() -> None:
    found = events_in("Opposition lawmakers in Seoul demanded an independent inquiry on Friday.")
    assert ("KOR", "KOR") in {(e.actor_country, e.recipient_country) for e in found if e.type == "REQUEST"}


def test_a_minister_named_with_a_portfolio_serves_the_story_state() -> None:
    _, entities = extract(
        "South Sudan's army clashed with rebels near Juba on Friday. "
        "Information Minister Michael Makuei accused the rebels of stirring up the violence."
    )
    assert entities["Michael Makuei"]["country"] == "SSD"
    assert "Information" not in entities  # (a portfolio, no body)
