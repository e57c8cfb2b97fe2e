"""Readings of wire stories and translated statements: headlines, datelines, who speaks for whom,
who a pronoun or a sponsor is, what a verb stops, who claims a deed, armed groups and their own
state. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.nlp.test_event_roles import evidence_of, pairs_allowed

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.extract import extract_document, parse_documents, read_document
from watchfloor.nlp.types import Extraction


def extracted(text: str) -> Extraction:
    document = Document(text, "t.txt", "t.txt", "text", published="2025-10-28")
    return extract_document(document, analyse_layout(text))


def headline_and_body(text: str) -> list[SentenceEvidence]:
    document = Document(text, "t.txt", "t.txt", "text", published="2024-12-02")
    layout = analyse_layout(text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    return evidence


def test_a_town_the_ner_took_for_a_body_is_the_town_the_story_names() -> None:
    found = extracted(
        "Sudan's RSF takes El Fasher after 18-month siege\n\n"
        "PORT SUDAN, October 28, 2025 - The paramilitary group seized El Fasher, the army's last"
        " stronghold in Darfur, on Sunday."
    )
    named = [(e.type, e.country) for e in found.entities if e.name == "El Fasher"]
    assert named == [("GPE", "SDN")]


def test_a_headlines_present_tense_tells_of_a_deed_done() -> None:
    evidence = headline_and_body(
        "Israel strikes Lebanon as Hezbollah fires first shots since truce\n\n"
        "Officials said on Monday that the matter was under review."
    )[0]
    assert "habitual:ASSAULT" not in evidence.features
    # the line's two deeds: its own verb's and the clause's beside it, one the second trigger
    assert {evidence.templates["ASSAULT"].trigger, evidence.seconds["ASSAULT"].trigger} == {
        "strikes",
        "fires",
    }
    body = evidence_of("Officials said Israel strikes targets in Lebanon whenever it sees a threat.")[0]
    assert "habitual:ASSAULT" in body.features  # in the body the present is a habit


def test_they_of_parties_speaking_together_is_theirs() -> None:
    evidence = evidence_of(
        "Hezbollah shelled a market on Monday.\n\n"
        "Egypt, Saudi Arabia and Qatar said in a joint statement on Tuesday that they were alarmed"
        " by the violence."
    )
    statement = next(e for e in evidence if "joint statement" in e.text)
    assert not [p for p in statement.parties if p.label == "PREVIOUS"]
    alone = evidence_of(
        "Hezbollah shelled a market on Monday. Egypt said on Tuesday that they had fired on civilians."
    )
    said = next(e for e in alone if "civilians" in e.text)
    assert [p for p in said.parties if p.label == "PREVIOUS"]  # one state's "they" is others


def test_the_rules_take_no_target_from_who_reports_a_launch_or_from_another_clause() -> None:
    evidence = evidence_of(
        "North Korea fired several ballistic missiles into the sea on Wednesday, South Korea's Joint"
        " Chiefs of Staff said, a week before leaders gather in South Korea for a summit."
    )[0]
    launches = [e for e in evidence.rule_events if e.type == "ASSAULT"]
    assert [(e.actor_country, e.recipient_country) for e in launches] == [("PRK", None)]


def test_a_speaker_named_before_a_participle_owns_its_he() -> None:
    evidence = evidence_of(
        "Kremlin spokesman Dmitry Peskov rejected the report on Monday.\n\n"
        "President Donald Trump criticised the strike, writing that he was unhappy with it."
    )
    said = next(e for e in evidence if "criticised" in e.text)
    assert not [p for p in said.parties if p.label == "PREVIOUS"]


def test_a_state_named_on_its_own_stays_a_party_beside_a_group_of_its_people() -> None:
    evidence = evidence_of("Hamas freed two Israeli hostages as Israel released 30 prisoners on Sunday.")[0]
    states = [p for p in evidence.parties if p.name == "Israel"]
    assert states and states[0].label == "GPE" and "dep:nsubj" in states[0].features
    # ... and the subject of the clause beside the verb does not do the verb's deed
    israel = evidence.parties.index(states[0])
    assert "RETREAT" in evidence.templates and evidence.templates["RETREAT"].trigger == "freed"
    assert not [pair for pair in pairs_allowed(evidence, "RETREAT") if pair[0] == israel]


def test_force_used_is_no_body_of_troops() -> None:
    evidence = evidence_of("The ministry condemned the excessive use of force against demonstrators.")[0]
    assert not [p for p in evidence.parties if p.name.endswith("force")]
    troops = evidence_of("A Russian force crossed the border near Sumy on Friday.")[0]
    assert [p for p in troops.parties if p.name.endswith("force")]


def test_what_a_party_is_to_do_is_due_not_done() -> None:
    evidence = evidence_of("Under the deal, Israeli troops are to withdraw from the south within 60 days.")[0]
    withdrawals = [t for t in evidence.templates.values() if t.trigger == "withdraw"]
    assert withdrawals and not any(t.is_event for t in withdrawals)


def test_a_vowed_response_is_a_threat() -> None:
    evidence = evidence_of("Prime Minister Benjamin Netanyahu vowed a strong response to the attack.")[0]
    assert "lex:THREATEN:NOUN" in evidence.features  # the response vowed, not only the verb


def test_a_statement_is_placed_at_the_dateline_only_when_its_maker_is_of_that_state() -> None:
    found = extracted(
        "Strikes in the south\n\nBEIRUT, December 2, 2024 - Israeli Prime Minister Benjamin"
        " Netanyahu condemned Hezbollah on Monday. Lebanese parliament speaker Nabih Berri condemned"
        " Israel on Monday."
    )
    places = {e.actor: e.place for e in found.events if e.type == "ACCUSE"}
    assert places.get("Nabih Berri") == "Beirut"
    assert "Benjamin Netanyahu" in places and places["Benjamin Netanyahu"] != "Beirut"


def test_the_sponsor_of_a_group_is_not_who_speaks_for_it() -> None:
    evidence = evidence_of("The Iran-backed group said Israel had violated the truce on Sunday.")[0]
    sources = {t.source for t in evidence.templates.values() if t.certainty == "attributed"}
    assert sources and "Iran" not in sources


def test_a_surname_that_is_also_a_month_names_the_person_as_a_subject() -> None:
    found = extracted(
        "Diplomats expelled\n\nLONDON, March 14, 2018 - Prime Minister Theresa May spoke on Wednesday.\n\n"
        "May told parliament the diplomats had one week to leave. She also suspended contacts with Russia."
    )
    person = next(e for e in found.entities if e.name == "Theresa May")
    assert "May" in person.mentions


def test_an_armed_group_may_act_on_its_own_state() -> None:
    evidence = evidence_of("Hayat Tahrir al-Sham fighters seized Aleppo in November 2024.")[0]
    group = next(i for i, p in enumerate(evidence.parties) if p.name == "Hayat Tahrir al-Sham")
    state = next(i for i, p in enumerate(evidence.parties) if p.name == "Syria")
    assert (group, state) in pairs_allowed(evidence, "COERCE")


@pytest.mark.parametrize(
    ("ended", "kind", "done"),
    [
        ("France suspended its development aid to Niger on Saturday.", "AID",
         "France sent development aid to Niger on Saturday."),
        ("Hamas freed three hostages on Sunday.", "COERCE", "Gunmen took three hostages on Sunday."),
    ],
)  # fmt: skip
def test_what_a_verb_stops_or_ends_is_no_such_event(ended: str, kind: str, done: str) -> None:
    stopped = evidence_of(ended)[0].templates.get(kind)
    assert stopped is not None and not stopped.is_event
    assert evidence_of(done)[0].templates[kind].is_event


def test_who_claims_an_attack_made_it_and_the_city_it_names_is_where_it_fell() -> None:
    evidence = evidence_of("Islamic State claimed the Moscow concert hall attack on Saturday.")[0]
    claimer = next(i for i, p in enumerate(evidence.parties) if p.name == "Islamic State")
    city = next(i for i, p in enumerate(evidence.parties) if p.country == "RUS")
    assert "loc" in evidence.parties[city].features
    pairs = pairs_allowed(evidence, "ASSAULT")
    assert pairs and {a for a, _ in pairs} == {claimer}
    owned = evidence_of("The militia claimed responsibility for the bombing in Baghdad on Monday.")[0]
    assert "ACCUSE" not in owned.templates or not owned.templates["ACCUSE"].is_event


def test_a_states_forces_are_no_armed_group_against_their_own() -> None:
    evidence = evidence_of(
        "U.S. military forces carried out airstrikes in eastern Syria after attacks on American forces there."
    )[0]
    ours = [i for i, p in enumerate(evidence.parties) if p.country == "USA"]
    assert len(ours) >= 2
    assert not [pair for pair in pairs_allowed(evidence, "ASSAULT") if pair[0] in ours and pair[1] in ours]


def test_the_rules_read_a_headlines_present_tense_as_a_deed() -> None:
    evidence = headline_and_body(
        "Ukraine downs 40 Russian drones overnight\n\nOfficials said the matter was under review."
    )[0]
    downed = [e for e in evidence.rule_events if e.type == "ASSAULT"]
    assert downed and downed[0].trigger == "downs"


def test_what_a_speakers_its_owns_is_the_speakers() -> None:
    evidence = evidence_of(
        "Russia's Defence Ministry said its air defences had destroyed 17 Ukrainian drones overnight."
    )[0]
    rules = [e for e in evidence.rule_events if e.type == "ASSAULT"]
    assert rules and rules[0].actor_country == "RUS"


def test_prisoners_exchanged_are_set_free_and_fire_exchanged_is_a_clash() -> None:
    swap = evidence_of("Moscow and Kyiv exchanged 270 prisoners of war on Friday.")[0]
    assert "RETREAT" in swap.templates and "CONSULT" not in swap.templates
    clash = evidence_of("Israeli forces and Hezbollah exchanged fire across the border on Wednesday.")[0]
    assert clash.templates["ASSAULT"].trigger == "fire"
    assert "CONSULT" not in clash.templates and "RETREAT" not in clash.templates


def test_the_zionist_regime_of_translated_statements_is_israel_and_attacks_of_it_are_its() -> None:
    evidence = evidence_of(
        "Iran's foreign ministry spokesman condemned the attack of the Zionist regime on the territory"
        " of Syria on Monday."
    )[0]
    israel = [i for i, p in enumerate(evidence.parties) if p.country == "ISR"]
    assert israel and "suffers_judged" not in evidence.role_features[("ACCUSE", israel[0])]
    victims = evidence_of("The minister condemned the executions of two protesters in Tehran on Monday.")[0]
    protesters = [i for i, p in enumerate(victims.parties) if "protesters" in p.name]
    assert protesters and "suffers_judged" in victims.role_features[("ACCUSE", protesters[0])]
