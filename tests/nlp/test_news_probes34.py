"""News constructions, session 34: bombs dropped on a party, a thing that caught fire, a group
owning a deed, a deed named with approval, a verb of force between two parties or of accusing
set off after its doer's verb (sure whatever the type scorer doubts), "both countries" named
paragraphs before, "the two sides" agreeing with each other, and a main verb the parser took for
a participle. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_document, load_nlp, parse_documents, read_document
from watchfloor.settings import CONFIDENT


def test_bombs_dropped_on_a_party_are_an_attack() -> None:
    evidence = evidence_of("Israeli jets dropped bombs on Hezbollah positions in southern Lebanon.")[0]
    assert evidence.templates["ASSAULT"].trigger == "dropped"
    assert "settled:ASSAULT" in evidence.features
    assert "ASSAULT" not in evidence_of("Oil prices dropped sharply on Tuesday.")[0].templates


def test_a_thing_that_caught_fire_was_not_attacked() -> None:
    templates = evidence_of("Two aircraft caught fire at the air base, the ministry said.")[0].templates
    assert templates.get("ASSAULT") is None or templates["ASSAULT"].trigger != "fire"


def test_a_group_owning_a_deed_accuses_no_one() -> None:
    for sentence in (
        "The group took responsibility for the bombing of the police station.",
        "No one claimed responsibility for the blast.",
    ):
        templates = evidence_of(sentence)[0].templates
        assert templates.get("ACCUSE") is None or templates["ACCUSE"].trigger != "responsibility", sentence


def test_a_deed_named_with_approval_is_no_accusation() -> None:
    for sentence in (
        "The president praised what he called a brilliant operation by the security service.",
        "The minister called the strikes a legitimate act of self-defence.",
    ):
        templates = evidence_of(sentence)[0].templates
        assert templates.get("ACCUSE") is None or templates["ACCUSE"].trigger != "called", sentence
    condemned = evidence_of("The minister called the strikes an act of war.")[0].templates
    assert condemned["ACCUSE"].trigger == "called"  # a name that condemns still accuses


def test_a_verb_of_force_between_two_parties_is_an_attack() -> None:
    events = events_in(
        "Nepal's prime minister resigned on Tuesday after police shot dead at least 19 protesters during"
        " demonstrations against a ban on social media."
    )
    shooting = [e for e in events if e.type == "ASSAULT"]
    assert [(e.actor_country, e.recipient) for e in shooting] == [("NPL", "at least 19 protesters")]
    assert shooting[0].confidence >= CONFIDENT
    unsure = evidence_of("Police may have shot two protesters.")[0]
    assert "settled:ASSAULT" not in unsure.features


def test_an_accusation_set_off_after_its_doers_verb_is_sure() -> None:
    evidence = evidence_of(
        "Britain restored its sanctions on Iran in September, accusing it of breaking its commitments."
    )[0]
    assert "settled:ACCUSE" in evidence.features
    bare = evidence_of("Britain restored its sanctions on Iran, citing reports accusing it of fraud.")[0]
    assert "settled:ACCUSE" not in bare.features  # (no comma before it: not set off after the verb)


def test_both_countries_named_paragraphs_before_are_the_storys_two() -> None:
    events = events_in(
        "India fired missiles at sites in Pakistan on Wednesday.\n\n"
        "Pakistan said its air force had shot down Indian jets.\n\n"
        "Pakistani troops and Indian forces exchanged fire along the border, officials in Islamabad and"
        " New Delhi said.\n\n"
        "Indian police said the shelling killed 12 people.\n\n"
        "The Pakistani army said it had hit Indian posts.\n\n"
        "China, which supplies most of Pakistan's weapons, called on both countries to exercise restraint."
    )
    asked = {e.recipient_country for e in events if e.type == "REQUEST" and e.actor_country == "CHN"}
    assert asked == {"IND", "PAK"}


def test_the_two_sides_agree_with_each_other() -> None:
    events = events_in(
        "Thai and Cambodian troops clashed along the border on Thursday.\n\n"
        "Thailand recalled its ambassador from Cambodia and closed the border crossings.\n\n"
        "Cambodia asked the United Nations to convene an urgent meeting.\n\n"
        "Malaysia offered to mediate.\n\n"
        "Four days later, the two countries agreed to a ceasefire at talks in Putrajaya."
    )
    agreed = {(e.actor_country, e.recipient_country) for e in events if e.type == "AGREE" and "two" in e.text}
    assert agreed == {("THA", "KHM"), ("KHM", "THA")}


def test_a_main_verb_after_a_relative_clause_is_the_sentences_verb() -> None:
    sentence = "China, which supplies most of Pakistan's weapons, called on both sides to show restraint."
    doc = load_nlp()(sentence)
    called = next(t for t in doc if t.lower_ == "called")
    assert called.dep_ == "ROOT"
    assert next(t for t in doc if t.text == "China").head.i == called.i


def test_a_relative_clause_on_whom_a_report_is_according_to_is_its_doing() -> None:
    events = events_in(
        "Two sailors were killed, according to the European Union's naval mission, which accused the"
        " Houthis of sinking the ship."
    )
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert (accusation.actor, accusation.recipient) == ("European Union", "Houthis")


def test_a_verb_in_quotation_marks_is_the_clauses_verb() -> None:
    sentence = 'The embassy said the rebels had "abducted" crew members and called for their release.'
    doc = load_nlp()(sentence)
    abducted = next(t for t in doc if t.lower_ == "abducted")
    assert abducted.dep_ == "ccomp"
    assert {c.lower_ for c in abducted.children if c.dep_ in {"nsubj", "dobj"}} == {"rebels", "members"}
    events = events_in(
        'The U.S. embassy in Yemen said the Houthis had "abducted" crew members and called for their release.'
    )
    assert {e.actor_country for e in events if e.type == "REQUEST"} == {"USA"}  # (not the Houthis)
    assert any(e.type == "ASSAULT" and e.actor == "Houthis" for e in events)


def test_an_order_of_a_deed_is_the_deed_not_a_purchase() -> None:
    templates = evidence_of("The president ordered the deployment of troops along the coast.")[0].templates
    assert templates.get("AGREE") is None or templates["AGREE"].trigger != "ordered"
    assert templates["MOBILIZE"].trigger == "deployment"
    bought = evidence_of("India ordered 26 Rafale jets from France.")[0].templates
    assert bought["AGREE"].trigger == "ordered"  # an order of arms is still a purchase


def test_what_two_sides_trade_is_the_deed() -> None:
    evidence = evidence_of("Thailand launches airstrikes as border clash with Cambodia spreads")[0]
    assert evidence.templates["ASSAULT"].mutual


def test_who_owns_what_a_charge_qualifies_is_accused_beside_the_judged_deed() -> None:
    events = events_in(
        "Israel struck a residential compound in Doha on Tuesday, targeting Hamas officials.\n\n"
        "Qatar, a key mediator in the talks, condemned the strike as a blatant violation of international"
        " law and said it would not tolerate Israel's reckless behaviour."
    )
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert (accusation.actor_country, accusation.recipient_country) == ("QAT", "ISR")
    assert accusation.confidence >= CONFIDENT


def test_where_another_clauses_subject_acted_hosts_no_deed() -> None:
    events = events_in(
        "Ukrainian drones hit four Russian air bases on Sunday.\n\n"
        "The strike came a day before Russian and Ukrainian delegations met in Istanbul for talks."
    )
    assert all(e.recipient_country != "TUR" for e in events if e.type == "ASSAULT")
    hosted = events_in("Explosions rocked cities in Ukraine overnight as Russia launched a wave of drones.")
    assert {e.recipient_country for e in hosted if e.type == "ASSAULT"} == {"UKR"}  # (a site's host still)


def test_the_army_named_as_such_is_the_storys_states() -> None:
    text = (
        "Nepal in turmoil\n\nKATHMANDU, Sept. 9, 2025 - Protesters set fire to parliament in Nepal"
        " on Tuesday."
        "\n\nThe army imposed a curfew across the capital and arrested dozens of protesters."
    )
    document = Document(text, "t.txt", "t.txt", "text", published="2025-09-09")
    events = extract_document(document, analyse_layout(text)).events
    assert {e.actor_country for e in events if e.actor == "The army"} == {"NPL"}
    text = "Niger rallies\n\nNIAMEY, Aug. 26, 2023 - Thousands of junta supporters rallied in Niamey."
    document = Document(text, "t.txt", "t.txt", "text", published="2023-08-26")
    rallies = [e for e in extract_document(document, analyse_layout(text)).events if e.type == "PROTEST"]
    assert rallies and all(e.actor != "junta" for e in rallies)  # (a modifier: the supporters rally)


def test_war_games_are_a_show_of_force_and_a_rehearsal_no_seizure() -> None:
    templates = evidence_of("China holds war games around Taiwan after Lai takes office")[0].templates
    assert templates["MOBILIZE"].trigger == "games"
    assert "ASSAULT" not in templates and "COERCE" not in templates
    rehearsed = evidence_of("China sent warships to practise seizing control of the island.")[0].templates
    assert rehearsed.get("COERCE") is None or rehearsed["COERCE"].trigger != "seizing"


def test_troops_pushing_into_a_country_attack_it() -> None:
    templates = evidence_of("Ukrainian troops pushed into Russia's Kursk region on Tuesday.")[0].templates
    assert templates["ASSAULT"].trigger == "pushed"
    assert "REQUEST" not in templates


def test_a_condemnation_of_drills_accuses_their_doer() -> None:
    events = events_in(
        "China launched two days of military drills around Taiwan on Thursday, sending warships to the"
        " island's coast.\n\n"
        "Taiwan's defence ministry condemned the drills as an irrational provocation."
    )
    assert ("TWN", "CHN") in {(e.actor_country, e.recipient_country) for e in events if e.type == "ACCUSE"}
    # (and drills around an island are shown at its state)
    shown = {(e.actor_country, e.recipient_country) for e in events if e.type == "MOBILIZE"}
    assert shown == {("CHN", "TWN")}


def test_a_news_agency_is_no_party() -> None:
    evidence = evidence_of("The Islamic State group claimed the attack through its Amaq news agency.")[0]
    assert all("agency" not in p.name for p in evidence.parties)


def test_a_warning_of_a_danger_to_whom_it_is_given_is_no_charge() -> None:
    evidence = evidence_of(
        "The United States said it had warned Russian authorities earlier in March of a planned attack on"
        " concert halls."
    )[0]
    accusing = evidence.templates.get("ACCUSE")
    assert accusing is None or accusing.trigger != "warned"
    assert not evidence.templates["ASSAULT"].is_event  # (a planned attack: not yet one)
    charged = evidence_of(
        "The United States has warned the world about the reckless attacks by the Houthis."
    )[0]
    assert charged.templates["ACCUSE"].trigger == "warned"  # a danger whose doer is named is charged


def test_foreign_governments_are_not_the_storys_and_government_forces_are() -> None:
    text = (
        "Georgia's law\n\nTBILISI, May 14, 2024 - Georgia's prime minister accused Western governments of"
        " meddling.\n\nGovernment forces dispersed the protesters in Tbilisi."
    )
    document = Document(text, "t.txt", "t.txt", "text", published="2024-05-14")
    evidence = read_document(
        document, analyse_layout(text), next(parse_documents([(document, analyse_layout(text))]))
    )[1]
    parties = {p.name: p.country for e in evidence for p in e.parties}
    assert parties["Western governments"] is None
    assert parties["Government forces"] == "GEO"


def test_whose_border_a_deed_was_near_did_not_suffer_it() -> None:
    events = events_in(
        "Tuareg rebels said they had killed dozens of Malian soldiers and Wagner mercenaries in fighting"
        " near the Algerian border."
    )
    assert all(e.recipient_country != "DZA" and e.actor_country != "DZA" for e in events)


def test_every_deed_of_a_charge_is_the_accuseds_and_what_is_asked_is_not_done() -> None:
    events = events_in(
        "Washington accused the Russian pilots of dumping fuel on the drone and striking its propeller."
    )
    assert all(
        e.actor_country != "USA" for e in events if e.type == "ASSAULT"
    )  # (the accuser struck nothing)
    asked = evidence_of("The military warned Pyongyang to stop immediately.")[0].templates
    assert asked.get("COERCE") is None or not asked["COERCE"].is_event


def test_who_was_told_of_a_deed_did_not_do_it() -> None:
    events = events_in(
        "Israel struck a compound in Doha on Tuesday.\n\n"
        "The White House said Trump had been told of the attack only shortly before it took place and"
        " had asked his envoy to warn Doha."
    )
    assert {(e.actor_country, e.recipient_country) for e in events if e.type == "ASSAULT"} == {("ISR", "QAT")}


def test_a_plane_shot_down_was_attacked_by_who_shot_it() -> None:
    plane = evidence_of("Aliyev said the Azerbaijani passenger plane had been shot down by Russia.")[0]
    assert plane.templates["ASSAULT"].trigger == "shot" and not plane.templates["ASSAULT"].inverse
    drones = evidence_of("Ukraine said 20 Russian drones had been shot down overnight.")[0]
    assert drones.templates["ASSAULT"].inverse  # (a munition downed: its launcher's attack)


def test_remarks_and_ties_and_sides_are_no_deeds_of_theirs() -> None:
    added = evidence_of("Iran reserves the right to respond, he added.")[0].templates
    assert added.get("SANCTION") is None or added["SANCTION"].trigger != "added"
    listed = evidence_of("The Treasury added six firms to the Entity List.")[0].templates
    assert listed["SANCTION"].trigger == "added"  # (adding to a list still sanctions)
    tied = evidence_of("Al-Shabaab, which is linked to al-Qaeda, said its fighters repelled the attack.")[0]
    assert tied.templates.get("ACCUSE") is None or tied.templates["ACCUSE"].trigger != "linked"
    events = events_in(
        "The United States carried out an airstrike near the town on Friday in support of the Somali army,"
        " the U.S. Africa Command said."
    )
    assert all(e.recipient_country != "SOM" for e in events if e.type == "ASSAULT")


def test_a_headlines_past_form_is_its_passive() -> None:
    doc = load_nlp()("South Korea's Yoon arrested in insurrection probe")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    assert {c.lower_ for c in arrested.children if c.dep_ == "nsubjpass"} == {"yoon"}
    told = load_nlp()("Yoon arrested the protest leaders on Tuesday.")  # (a sentence: as it reads)
    assert any(c.dep_ == "nsubj" for c in next(t for t in told if t.lower_ == "arrested").children)


def test_where_a_body_is_based_and_what_is_declared() -> None:
    events = events_in(
        "Norway-based Iran Human Rights said at least 87 people had been executed in Iran in July."
    )
    assert all(e.actor_country != "NOR" for e in events)
    declared = evidence_of(
        "Prosecutors are examining whether his declaration of martial law was an insurrection."
    )[0]
    assert declared.templates.get("AGREE") is None or declared.templates["AGREE"].trigger != "declaration"


def test_a_condemned_attack_misread_as_the_judges_own_is_the_storys_attackers() -> None:
    events = events_in(
        "U.S. bombers dropped bunker-busting bombs on Iran's Fordow enrichment plant overnight.\n\n"
        'Iranian Foreign Minister Abbas Araqchi called the attack "outrageous" and said Tehran reserved all'
        " options to defend its sovereignty."
    )
    judged = [e for e in events if e.type == "ACCUSE"]
    assert [(e.actor_country, e.recipient_country) for e in judged] == [("IRN", "USA")]


def test_the_north_of_a_korean_story_is_north_korea() -> None:
    events = events_in(
        "North Korea sent hundreds of balloons carrying trash into South Korea, Seoul said.\n\n"
        'The unification ministry urged the North to stop its "low-class" provocations.'
    )
    asked = [e for e in events if e.type == "REQUEST"]
    assert [e.recipient_country for e in asked] == ["PRK"]
    atlantic = evidence_of("Warships sailed into the North Atlantic on Monday.")[0]
    assert all(p.country != "PRK" for p in atlantic.parties)
