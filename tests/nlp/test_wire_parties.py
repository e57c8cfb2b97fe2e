"""Who the parties of wire stories are: sides that clash, the attack a condemnation means,
"the group" after a sponsor and a state's forces, those a deed befell, a party noun that only
modifies another. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of, pairs_allowed

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.event_model_file import load_event_model
from watchfloor.nlp.extract import extract_document
from watchfloor.nlp.judged_deeds import name_the_judged
from watchfloor.nlp.types import Event


def index_of(sentence: SentenceEvidence, country: str | None = None, name: str | None = None) -> int:
    """The index of the sentence's first party of that state, or of that name."""
    return next(i for i, p in enumerate(sentence.parties) if p.country == country or p.name == name)


def test_sides_named_together_that_clash_each_strike_the_other() -> None:
    found = events_in(
        "Armenian and Azerbaijani troops clashed on the border on Tuesday, the defence ministry in"
        " Yerevan said."
    )
    dyads = {(e.actor_country, e.recipient_country) for e in found if e.type == "ASSAULT"}
    assert dyads == {("ARM", "AZE"), ("AZE", "ARM")}


def _event(kind: str, actor: str | None, country: str | None, start: int) -> Event:
    return Event(kind, None, actor, country, None, None, None, None, "asserted", None, "", start, start + 9)


def _sentence(start: int, features: list[str]) -> SentenceEvidence:
    return SentenceEvidence(start, start + 9, "", (), features, [], [], {})


def test_a_condemned_attack_is_the_one_the_report_leads_with() -> None:
    lead = _event("ASSAULT", "al-Shabaab", "SOM", 0)  # gunmen stormed a hotel
    reply = _event("ASSAULT", "Kenyan forces", "KEN", 10)  # forces ended the siege, killing them
    judged = _event("ACCUSE", "African Union", None, 20)  # the AU condemned the attack
    evidence = [_sentence(0, []), _sentence(10, []), _sentence(20, ["tpos:ASSAULT:NOUN"])]
    accusation = name_the_judged([lead, reply, judged], evidence)[2]
    assert (accusation.recipient, accusation.recipient_country) == ("al-Shabaab", "SOM")
    # the accuser's own side is passed over for the next attacker named
    own = _event("ACCUSE", "Somali government", "SOM", 20)
    assert name_the_judged([lead, reply, own], evidence)[2].recipient == "Kenyan forces"


def test_the_group_is_the_armed_group_not_its_sponsor_nor_the_forces_fighting_it() -> None:
    evidence = evidence_of(
        "Gunmen of al-Shabaab attacked a police station in Baidoa on Monday, officials said.\n\n"
        "Soldiers of the Somali army ended the fighting hours later, killing four of the gunmen.\n\n"
        "The al-Qaeda-linked group later claimed the raid on its radio station.\n\n"
        "The president said his government would never negotiate with the group."
    )
    for text in ("claimed the raid", "never negotiate"):
        sentence = next(e for e in evidence if text in e.text)
        pointed = [p.name for p in sentence.parties if "coref:group" in p.features]
        assert pointed == ["al-Shabaab"], text


def test_those_listed_among_the_dead_did_not_kill() -> None:
    found = events_in(
        "Azerbaijan shelled the positions of ethnic Armenian forces in Karabakh on Tuesday.\n\n"
        "The enclave's authorities said at least 27 people had been killed, including two civilians,"
        " and more than 200 wounded."
    )
    assert all(e.actor != "two civilians" for e in found)


def test_a_party_noun_that_only_modifies_another_is_no_party() -> None:
    sentence = evidence_of(
        "A junta spokesman confirmed the strike on state television and said the building was a rebel base."
    )[0]
    names = [p.name for p in sentence.parties]
    assert "state" not in names


def test_who_calls_on_both_sides_is_not_one_of_them_though_the_parse_hangs_the_verb_on_it() -> None:
    evidence = evidence_of(
        "Azerbaijani forces shelled Armenian positions in Karabakh on Tuesday.\n\n"
        "Russia, which has about 2,000 peacekeepers in the region, called on both sides to stop the"
        " bloodshed."
    )
    sides = [p.country for p in evidence[1].parties if "coref:pair" in p.features]
    assert sides == ["AZE", "ARM"]


def test_a_denial_refuses_no_one_named_in_the_clause_beside_it() -> None:
    found = events_in(
        "Serbian President Aleksandar Vucic denied any involvement and said the gunmen were local Serbs."
    )
    assert all(e.recipient != "local Serbs" for e in found if e.type == "REJECT")


def test_police_of_no_named_state_are_those_of_the_place_or_the_speaker() -> None:
    sentence = evidence_of(
        "Three attackers were killed in a shootout with police later in the day, Kosovo's interior"
        " ministry said."
    )[0]
    police = next(p for p in sentence.parties if p.name == "police")
    assert police.country == "XKX"
    assert "group_of_state" in police.features  # an organ of its state: the state does not act on it


def test_a_second_attack_is_done_by_the_word_that_names_its_doer() -> None:
    sentence = evidence_of("Kosovo police raid village after gunmen attack, Serbia denies role")[0]
    model = load_event_model()
    assert model is not None and "ASSAULT" in sentence.seconds
    actor_p, recipient_p = model.both_roles(sentence, "ASSAULT", second=True)
    actors = {a for a, _ in model.pair_scores(sentence, "ASSAULT", actor_p, recipient_p, None, second=True)}
    assert [sentence.parties[a].name for a in actors] == ["gunmen"]


def test_who_says_what_strikes_were_aimed_at_made_them() -> None:
    sentence = evidence_of(
        "The U.S. military said the strikes were aimed at cutting off a source of weapons for the militia."
    )[0]
    military = index_of(sentence, country="USA")
    assert "tells_of_anothers" not in sentence.role_features[("ASSAULT", military)]
    told = evidence_of("The U.S. military said the strikes killed two of its soldiers.")[0]
    military = index_of(told, country="USA")
    assert "tells_of_anothers" in told.role_features[("ASSAULT", military)]


def rule_dyads(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor, e.recipient) for sentence in evidence_of(text) for e in sentence.rule_events]


def test_the_place_a_deed_is_done_in_is_no_party_but_stands_for_its_state_under_fire() -> None:
    # (a ceasefire signed is the agreement: the model's reading, not the rules' truce)
    signed = events_in("Colombia's government and the ELN signed a bilateral ceasefire in Havana on Friday.")
    assert signed and all(e.recipient_country != "CUB" for e in signed)
    shelled = rule_dyads("Russian forces shelled the outskirts overnight in Kharkiv, officials said.")
    assert [recipient for _, recipient in shelled] == ["Ukraine"]


def test_a_name_beside_an_outlets_noun_is_the_outlet_not_a_town() -> None:
    document = Document(
        "Iran hanged a man on Thursday, the judiciary's news agency Mizan reported.",
        "t.txt",
        "t.txt",
        "text",
        published="2022-12-08",
    )
    text = document.text
    found = extract_document(document, analyse_layout(text))
    assert [(e.type, e.country) for e in found.entities if e.name == "Mizan"] == [("ORG", None)]
    assert all(p.country != "ETH" for p in found.places)


def test_retaking_a_town_from_a_force_is_an_attack_on_it_by_who_retook_it() -> None:
    sentence = evidence_of(
        "Sudan's army said it had retaken the palace from the Rapid Support Forces, two years after the"
        " RSF seized it."
    )[0]
    assert sentence.templates["ASSAULT"].trigger == "retaken"
    assert "tsubj:ASSAULT" in sentence.features  # its own subject, though a pronoun
    assert pairs_allowed(sentence, "ASSAULT")  # (some pair remains)
    rsf = index_of(sentence, name="Rapid Support Forces")
    assert all(a != rsf for a, _ in pairs_allowed(sentence, "ASSAULT"))


def test_a_participle_describing_a_thing_is_no_second_deed() -> None:
    sentence = evidence_of(
        "Soldiers filmed themselves inside the damaged palace, and a spokesman said troops had killed"
        " dozens of fighters."
    )[0]
    assert "ASSAULT" not in sentence.seconds


def test_a_commodity_is_no_party() -> None:
    found = events_in(
        "Belgium, France and Spain together bought more than half of Russia's LNG exports to the bloc"
        " last year."
    )
    assert found and all(e.recipient != "LNG" for e in found)


def test_a_group_listed_with_another_states_demonym_is_named_by_its_own() -> None:
    sentence = evidence_of("Armenian and Azerbaijani troops clashed on the border on Tuesday.")[0]
    assert "Armenian troops" in [p.name for p in sentence.parties]
    assert all(e.actor != "Armenian and Azerbaijani troops" for e in sentence.rule_events)


def test_calling_a_deed_a_crime_judges_it_however_the_parse_hangs_the_name() -> None:
    sentence = evidence_of(
        "Israel's prime minister's office called the seizure \"an Iranian act of terrorism\" on Sunday."
    )[0]
    assert sentence.templates["ACCUSE"].trigger == "called"
    assert "CONSULT" not in sentence.templates  # no phone call
    israel = index_of(sentence, country="ISR")
    assert all(a != israel for a, _ in pairs_allowed(sentence, "COERCE"))  # the judge seized nothing
    rang = evidence_of("Biden called Netanyahu, the Israeli prime minister, on Sunday.")[0]
    assert rang.templates["CONSULT"].trigger == "called"  # an apposition names whom he called


def test_an_acronym_inside_a_hyphenated_place_name_is_no_body() -> None:
    sentence = evidence_of(
        "PORT-AU-PRINCE, March 3, 2024 (AP) - Armed gangs stormed Haiti's two largest prisons over the"
        " weekend."
    )[0]
    assert "African Union" not in [p.name for p in sentence.parties]
    listed = evidence_of("An Iran-Iraq-Syria railway would open a route to the Mediterranean.")[0]
    assert {"IRN", "IRQ", "SYR"} <= {p.country for p in listed.parties}


def test_a_state_of_emergency_and_a_description_before_a_name_are_no_parties() -> None:
    declared = evidence_of("The government declared a 72-hour state of emergency in the capital.")[0]
    assert all("group:state" not in p.features for p in declared.parties)
    described = evidence_of(
        "The two sides have fought since the Palestinian militant group Hamas attacked Israel on Oct. 7."
    )[0]
    assert [p.name for p in described.parties if p.label == "GROUP"] == []  # the group is Hamas


def test_where_an_official_is_posted_is_no_party_and_the_office_is_its_holders_states() -> None:
    sentence = evidence_of(
        "Iran's ambassador to Syria, Hossein Akbari, said the strike was carried out by F-35 jets and"
        " vowed a harsh response."
    )[0]
    syria = index_of(sentence, country="SYR")
    assert "posted_to" in sentence.parties[syria].features
    for kind in ("THREATEN", "ACCUSE"):
        assert all(syria not in pair for pair in pairs_allowed(sentence, kind))
    akbari = next(p for p in sentence.parties if p.name == "Hossein Akbari")
    assert akbari.country == "IRN"


def test_a_threat_of_response_to_a_named_strike_is_made_to_the_striker() -> None:
    strike = _event("ASSAULT", "Israel", "ISR", 0)
    threat = _event("THREATEN", "Iran", "IRN", 10)
    evidence = [_sentence(0, []), _sentence(10, ["tpos:ASSAULT:NOUN", "w:response"])]
    assert name_the_judged([strike, threat], evidence)[1].recipient_country == "ISR"
    # a threat with no word of response names no one ("attacks on our forces will not be tolerated")
    evidence = [_sentence(0, []), _sentence(10, ["tpos:ASSAULT:NOUN"])]
    assert name_the_judged([strike, threat], evidence)[1].recipient is None


def test_who_voices_criticism_of_a_deed_did_not_do_it() -> None:
    sentence = evidence_of("Chinese foreign ministry rejects U.S. criticism over Hong Kong sentences")[0]
    us = index_of(sentence, country="USA")
    assert "judges_it" in sentence.role_features[("COERCE", us)]
    assert all(a != us for a, _ in pairs_allowed(sentence, "COERCE"))


def test_a_place_of_a_territory_that_is_no_state_keeps_its_name() -> None:
    sentence = evidence_of("Courts in Hong Kong sentenced 45 activists on Tuesday.")[0]
    assert [p.name for p in sentence.parties if p.label == "GPE"] == ["Hong Kong"]  # (not "HKG")


def test_a_place_a_ship_was_struck_off_does_not_strike() -> None:
    for text in (
        "Tanker struck by drone off Oman, shipping agency says",
        "An oil tanker was struck by a drone off the coast of Oman on Thursday night.",
    ):
        sentence = evidence_of(text)[0]
        oman = index_of(sentence, country="OMN")
        assert "loc" in sentence.parties[oman].features, text
        assert all(a != oman for a, _ in pairs_allowed(sentence, "ASSAULT")), text


def test_a_request_goes_to_the_party_called_on_not_to_another_clauses_subject() -> None:
    sentence = evidence_of(
        "The United States recognized Edmundo Gonzalez as the winner, while Brazil, Colombia and Mexico"
        " called on electoral authorities to publish detailed results."
    )[0]
    us = index_of(sentence, country="USA")
    called = index_of(sentence, name="electoral authorities")
    recipients = {r for _, r in pairs_allowed(sentence, "REQUEST")}
    assert us not in recipients and called in recipients


def test_a_states_forces_put_down_protests_and_hold_none() -> None:
    sentence = evidence_of(
        "Venezuelan security forces detained an opposition politician on Tuesday as protests against"
        " President Nicolas Maduro continued for a second day."
    )[0]
    forces = index_of(sentence, name="Venezuelan security forces")
    assert all(a != forces for a, _ in pairs_allowed(sentence, "PROTEST"))
    assert any(a == forces for a, _ in pairs_allowed(sentence, "COERCE"))


def test_a_killing_no_one_claims_is_no_event_of_that_sentence() -> None:
    sentence = evidence_of("Israel did not claim responsibility for the killing.")[0]
    assert not sentence.templates["ASSAULT"].is_event
    claimed = evidence_of("Islamic State claimed responsibility for the attack.")[0]
    assert claimed.templates["ASSAULT"].is_event


def test_a_demonym_opening_a_place_name_is_no_state() -> None:
    sentence = evidence_of("Nijjar was shot dead outside a Sikh temple in British Columbia in June 2023.")[0]
    assert "GBR" not in {p.country for p in sentence.parties}


def test_a_party_listed_with_the_target_in_another_clause_was_not_struck() -> None:
    found = events_in(
        "Hezbollah and Israel have exchanged near-daily fire since the Palestinian militant group Hamas"
        " attacked Israel on Oct. 7."
    )
    attacks = {(e.actor_country, e.recipient_country) for e in found if e.trigger == "attacked"}
    assert attacks == {("PSE", "ISR")}


def test_sides_that_exchange_fire_each_strike_the_other() -> None:
    found = events_in(
        "Indian and Pakistani troops exchanged fire along the Line of Control on Tuesday, officials said."
    )
    dyads = {(e.actor_country, e.recipient_country) for e in found if e.type == "ASSAULT"}
    assert dyads == {("IND", "PAK"), ("PAK", "IND")}


def test_a_partner_fighting_alongside_is_neither_side_of_the_fight() -> None:
    sentence = evidence_of(
        "Eritrea, whose troops had fought alongside the Ethiopian army, was not part of the talks."
    )[0]
    army = index_of(sentence, country="ETH")
    assert all(army not in pair for pair in pairs_allowed(sentence, "ASSAULT"))


def test_both_sides_are_no_place_talks_were_held_in() -> None:
    evidence = evidence_of(
        "Ethiopia and Tigray forces sign truce in Pretoria\n\n"
        "The deal was brokered by the African Union, whose envoy, former Nigerian President Olusegun"
        " Obasanjo, said both sides had agreed to disarm."
    )
    sides = [p.country for p in evidence[1].parties if "coref:pair" in p.features]
    assert "ZAF" not in sides


def test_a_demonym_opening_an_office_is_no_recipient_the_rules_take() -> None:
    sentence = evidence_of(
        "The deal was brokered by the African Union, whose envoy, former Nigerian President Olusegun"
        " Obasanjo, said the sides had agreed."
    )[0]
    assert all(e.recipient != "Nigeria" for e in sentence.rule_events)


def test_a_port_named_by_of_is_the_town_and_stands_for_its_state() -> None:
    sentence = evidence_of(
        "The Islamic Resistance in Iraq said it had targeted a vital target in the port of Eilat with drones."
    )[0]
    assert "Eilat" not in [p.name for p in sentence.parties]
    assert "ISR" in {p.country for p in sentence.parties}


def test_who_is_named_in_what_a_request_asks_does_not_ask_it() -> None:
    sentence = evidence_of("We urge the U.S. to stop arming Taiwan.")[0]
    taiwan = index_of(sentence, country="TWN")
    assert all(a != taiwan for a, _ in pairs_allowed(sentence, "REQUEST"))


def test_downing_an_aircraft_strikes_its_owner_and_downing_a_projectile_answers_its_launcher() -> None:
    downed = evidence_of("Yemen's Houthi group said on Tuesday it had shot down a U.S. MQ-9 Reaper drone.")[0]
    assert not downed.templates["ASSAULT"].inverse  # the Houthis struck the US
    answered = evidence_of("Ukraine's air force said it had shot down 40 Russian drones overnight.")[0]
    assert answered.templates["ASSAULT"].inverse  # Russia's attack
