"""How news constructions read: a region's people, members a phrase lists, a state named both as
doer and as the place struck, things a participle describes, a non-specific deed, naming in a
relative clause, power seized, partners who help together, who did a condemned deed, and a town a
description before its name places. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of, pairs_allowed
from tests.nlp.test_wire_parties import index_of

from watchfloor.kb import load_kb
from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_authors import titled_author
from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.extract import extract_document


def kinds_in(text: str) -> set[str]:
    """The types of the events read from a text."""
    return {e.type for e in events_in(text)}


def named(sentence: SentenceEvidence, name: str) -> int:
    """The index of the sentence's party of that name."""
    return next(i for i, p in enumerate(sentence.parties) if p.name == name)


def test_a_regions_people_are_of_no_state() -> None:
    sentence = evidence_of("Several South American governments protested against the blockade on Friday.")[0]
    assert "USA" not in {p.country for p in sentence.parties}
    kept = evidence_of("Senior American officials protested against the blockade on Friday.")[0]
    assert "USA" in {p.country for p in kept.parties}


def test_members_a_subjects_phrase_lists_are_never_its_recipients() -> None:
    sentence = evidence_of(
        "Several Arab governments, including Jordan and Egypt, condemned the raid on the mosque."
    )[0]
    listed = {named(sentence, "Jordan"), named(sentence, "Egypt")}
    assert pairs_allowed(sentence, "ACCUSE")
    assert not [pair for pair in pairs_allowed(sentence, "ACCUSE") if pair[1] in listed]
    # nor did they make the raid they condemn
    assert not [pair for pair in pairs_allowed(sentence, "ASSAULT") if pair[0] in listed]


def test_a_state_named_as_the_doer_and_as_the_place_struck_is_the_doer() -> None:
    sentence = evidence_of(
        "Ukrainian sea drones struck the Crimean Bridge early on Monday, Russian officials said."
    )[0]
    ukraine = index_of(sentence, country="UKR")
    assert any(actor == ukraine for actor, _ in pairs_allowed(sentence, "ASSAULT"))


def test_a_participle_describing_a_thing_tells_no_statement() -> None:
    sentence = evidence_of("Engineers repaired the railway line linking Armenia to Georgia on Monday.")[0]
    assert sentence.templates["ACCUSE"].is_event is False
    said = evidence_of("Washington released a report linking Iran to the attack on the tanker.")[0]
    assert said.templates["ACCUSE"].is_event


def test_a_deed_of_no_particular_kind_hyphenated_is_no_event() -> None:
    assert "ASSAULT" not in kinds_in(
        "President Biden told the prime minister that the United States would not take part in any"
        " counter-attack."
    )


def test_naming_in_a_relative_clause_is_no_call() -> None:
    assert "CONSULT" not in kinds_in(
        "Algeria recalled its ambassador from Paris on Saturday, following comments by French officials"
        " it called hostile."
    )


def test_power_seized_is_no_party() -> None:
    sentence = evidence_of("The officers who seized power in Niamey detained President Mohamed Bazoum.")[0]
    assert "power" not in {p.name for p in sentence.parties}


def test_partners_who_help_together_do_not_help_each_other() -> None:
    found = events_in("France, Italy and Greece helped to evacuate the stranded sailors on Saturday.")
    helped = [e for e in found if e.type in {"COOPERATE", "AID"}]
    together = {"France", "Italy", "Greece"}
    assert not [e for e in helped if e.actor in together and e.recipient in together]
    found = events_in("Iran and Belarus signed a cooperation agreement in Minsk on Monday.")
    assert {(e.actor_country, e.recipient_country) for e in found if e.type == "AGREE"} >= {("IRN", "BLR")}


def test_a_condemned_deed_is_done_by_whom_its_phrase_names_not_by_another_clauses_party() -> None:
    sentence = evidence_of(
        "Iraqi Prime Minister Mohammed Shia al-Sudani condemned the strike and said his government"
        " would complain to the Security Council."
    )[0]
    government = named(sentence, "his government")
    assert pairs_allowed(sentence, "ASSAULT")
    assert not [pair for pair in pairs_allowed(sentence, "ASSAULT") if pair[0] == government]
    blamed = evidence_of("Israel blamed Hamas for the rocket attack on Ashkelon on Monday.")[0]
    hamas = named(blamed, "Hamas")
    assert [pair for pair in pairs_allowed(blamed, "ASSAULT") if pair[0] == hamas]


def test_rockets_fired_at_a_place_are_aimed_at_its_state() -> None:
    sentence = evidence_of("Hezbollah fired a barrage of rockets at northern Israel on Sunday.")[0]
    israel = index_of(sentence, country="ISR")
    assert [pair for pair in pairs_allowed(sentence, "ASSAULT") if pair[1] == israel]


def test_a_description_before_a_towns_name_places_it_for_the_whole_document() -> None:
    text = (
        "Report on Bucha\n\nBERLIN, April 5, 2022 - Germany said on Tuesday it would send more"
        " investigators after the killing of civilians in the Ukrainian town of Bucha.\n\n"
        "Bucha was retaken by Ukrainian forces last week."
    )
    document = Document(text, "t.txt", "t.txt", "text", published="2022-04-05")
    extraction = extract_document(document, analyse_layout(text))
    towns = [p for p in extraction.places if p.name == "Bucha"]
    assert [p.country for p in towns] == ["UKR"]
    # and the civilians killed there are of that state
    sentence = evidence_of("Germany condemned the killing of civilians in the Ukrainian town of Irpin.")[0]
    civilians = named(sentence, "civilians")
    assert sentence.parties[civilians].country == "UKR"


def test_what_is_said_beside_a_denial_is_asserted() -> None:
    found = events_in("Moscow denied targeting civilians and blamed Ukrainian air defences for the deaths.")
    blamed = [e for e in found if e.type == "ACCUSE" and e.trigger == "blamed"]
    assert blamed and all(e.certainty == "asserted" for e in blamed)


def test_a_projectile_that_destroyed_something_did_it() -> None:
    sentence = evidence_of(
        "Kyiv said the Russian missile that destroyed the apartment block killed at least 40 people,"
        " including five children."
    )[0]
    assert sentence.templates["ASSAULT"].inverse is False
    found = events_in(
        "Kyiv said the Russian missile that destroyed the apartment block killed at least 40 people,"
        " including five children."
    )
    assert found and not [e for e in found if e.actor == "five children"]


def test_mediators_listed_together_mediate_together() -> None:
    found = events_in("Qatar, Egypt and the United States mediated the ceasefire agreement.")
    mediators = {"Qatar", "Egypt", "United States"}
    assert not [e for e in found if e.actor in mediators and e.recipient in mediators]


def test_a_statement_named_by_its_noun_comes_from_whom_it_is_from() -> None:
    sentence = evidence_of(
        "Kosovo police closed several Serb-run offices on Monday, drawing sharp condemnation from Belgrade."
    )[0]
    serbia = index_of(sentence, country="SRB")
    kosovo = index_of(sentence, country="XKX")
    pairs = pairs_allowed(sentence, "ACCUSE")
    assert pairs
    assert not [pair for pair in pairs if pair[1] == serbia or pair[0] == kosovo]


def test_whom_a_charge_names_as_its_victim_is_not_the_accused() -> None:
    sentence = evidence_of(
        "Caracas accused the detained men of plotting to assassinate President Nicolas Maduro."
    )[0]
    maduro = next(i for i, p in enumerate(sentence.parties) if "Maduro" in p.name)
    assert not [pair for pair in pairs_allowed(sentence, "ACCUSE") if pair[1] == maduro]


def test_the_common_noun_opening_a_lead_after_a_dateline_is_a_party() -> None:
    found = events_in(
        "ABUJA, June 12, 2023 (AP) - Gunmen killed at least 30 people in an overnight raid on a village"
        " in Nigeria's northwestern Zamfara state, police said on Sunday."
    )
    raids = [e for e in found if e.type == "ASSAULT"]
    assert raids and all(e.actor != "Nigeria" for e in raids)
    assert any(e.actor == "Gunmen" and e.recipient_country == "NGA" for e in raids)


def test_a_province_named_with_state_is_a_place_not_a_party() -> None:
    sentence = evidence_of("Bandits attacked a village in Nigeria's northwestern Katsina state on Friday.")[0]
    assert not [p for p in sentence.parties if p.name.endswith(("State", "state"))]


def test_a_package_of_sanctions_approved_is_a_sanction() -> None:
    sentence = evidence_of(
        "European Union governments approved a 12th package of sanctions against Russia on Monday."
    )[0]
    assert "SANCTION" in sentence.templates
    assert not [e for e in sentence.rule_events if e.type == "AGREE"]


def test_calling_a_thing_by_a_noun_after_commas_judges_it_and_calls_no_one() -> None:
    assert "CONSULT" not in kinds_in(
        'Beijing called the exercise, named "Joint Sword-2024B", a stern warning to separatists.'
    )


def test_a_statement_titled_with_its_authors_state_speaks_for_it() -> None:
    title = "Statement by the Ministry of Foreign Affairs of the Russian Federation"
    text = f"{title}\n\nWe urge the Japanese side to stop its provocative military activity near our borders."
    document = Document(text, "t.txt", "t.txt", "text", title=title, published="2024-05-02")
    found = extract_document(document, analyse_layout(text)).events
    assert ("RUS", "JPN") in {(e.actor_country, e.recipient_country) for e in found if e.type == "REQUEST"}


def test_an_accusation_a_party_rejects_was_made_before_by_another() -> None:
    assert "ACCUSE" not in kinds_in(
        "Serbia rejected the accusation on Monday, its foreign ministry spokesman Petar Jovic said."
    )


def test_a_charge_told_and_then_dismissed_is_asserted_as_made() -> None:
    found = events_in(
        "Ethiopia accused Eritrea on Tuesday of preparing for war and of arming rebels in the Amhara"
        " region, charges Asmara dismissed as baseless."
    )
    accused = [e for e in found if e.type == "ACCUSE" and e.actor_country == "ETH"]
    assert accused and all(e.certainty == "asserted" for e in accused)


def test_a_reporter_named_as_what_the_deed_was_done_to_suffered_it() -> None:
    found = events_in(
        "A Chinese coast guard ship rammed a Philippine coast guard vessel near Sabina Shoal on"
        " Saturday, the Philippine coast guard said."
    )
    assert ("CHN", "PHL") in {(e.actor_country, e.recipient_country) for e in found if e.type == "ASSAULT"}
    # a reporter named nowhere else in the deed still suffered nothing
    found = events_in("North Korea fired two ballistic missiles into the sea, South Korea's military said.")
    assert all(e.recipient_country != "KOR" for e in found if e.type == "ASSAULT")


def test_only_a_statement_by_a_governments_organ_names_its_author() -> None:
    kb = load_kb()
    assert titled_author("Statement by the Russian Foreign Ministry", kb) == "RUS"
    assert titled_author("Press Statement by the Ministry of Defence of Japan", kb) == "JPN"
    assert titled_author("Statement of Principles for Ukraine", kb) is None
    assert titled_author("Release of American hostages from Iran", kb) is None
    assert titled_author("Joint Statement by the Governments of Japan and Australia", kb) is None


def test_an_order_to_do_something_is_a_command_not_a_purchase() -> None:
    assert "AGREE" not in kinds_in(
        "NIAMEY, Aug 2023 - Niger's military rulers ordered French troops to leave the country and"
        " revoked military cooperation agreements with Paris, weeks after they ousted President"
        " Mohamed Bazoum."
    )
    bought = evidence_of("Egypt ordered 30 Rafale fighter jets from France on Tuesday.")[0]
    assert bought.templates["AGREE"].is_event
