"""News constructions, session 33: a warning of what its maker's side will do (a threat, no
accusation), a deed called an act of terror, a country's political opposition as a party, a
party name two states' parties share, missiles intercepted "by" a coalition, interceptors fired
at missiles, and a weekday something is set for. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of, pairs_allowed

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_document, load_nlp


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


def test_a_vow_of_force_is_a_threat_and_a_vow_of_aid_a_promise() -> None:
    templates = evidence_of("The rebel spokesman vowed that the group would respond.")[0].templates
    assert "THREATEN" in templates
    assert templates.get("AGREE") is None or templates["AGREE"].trigger != "vowed"
    aid = evidence_of("The minister vowed to keep up aid to Kyiv.")[0].templates
    assert aid["AGREE"].trigger == "vowed"


def test_a_peoples_word_in_a_phrases_tail_does_not_name_it() -> None:
    sentence = evidence_of(
        'The rebel spokesman Ali Saleh described the raid as "brutal Israeli aggression" and vowed that the'
        " group would respond."
    )[0]
    assert sentence.rule_events and all(e.recipient != "the raid" for e in sentence.rule_events)


def test_a_projectile_not_intercepted_tells_the_hit_it_made() -> None:
    sentence = evidence_of("The drone that hit the port on Friday was not intercepted, the army said.")[0]
    assert sentence.templates["ASSAULT"].trigger == "hit"
    assert "COERCE" not in sentence.templates


def test_people_listed_as_appositions_are_one_list() -> None:
    sentence = evidence_of(
        "The court issued arrest warrants for Prime Minister Benjamin Netanyahu, his former defence"
        " minister Yoav Gallant and Hamas commander Mohammed Deif."
    )[0]
    people = {p.name: i for i, p in enumerate(sentence.parties)}
    netanyahu, gallant = people["Benjamin Netanyahu"], people["Yoav Gallant"]
    assert gallant in sentence.parties[netanyahu].coordinated
    one = evidence_of("Iran's foreign minister, Abbas Araghchi, met the envoy.")[0]
    assert all(not p.coordinated for p in one.parties)  # a title and its holder are one person


def test_a_childrens_hospital_names_no_children() -> None:
    sentence = evidence_of("A missile struck the city's largest children's hospital on Monday.")[0]
    assert all("children" not in p.name for p in sentence.parties)
    protesters = evidence_of("Police rejected the protesters' demands on Monday.")[0]
    assert any(p.name.startswith("the protesters") or p.name == "protesters" for p in protesters.parties)


def test_what_a_strike_hit_fired_no_barrage_it_was_part_of() -> None:
    events = events_in(
        "A Russian missile struck Ukraine's largest children's hospital on Monday during a barrage"
        " that killed 31 people across the country, Ukrainian officials said."
    )
    assert not any(e.type == "ASSAULT" and e.actor_country == "UKR" for e in events)


def test_a_name_hung_on_a_verb_as_an_adverb_is_its_object() -> None:
    doc = load_nlp()("Earlier, security forces briefly detained opposition leader Maria Corina Machado.")
    machado = next(t for t in doc if t.text == "Machado")
    assert (machado.dep_, machado.head.text) == ("dobj", "detained")
    monday = next(t for t in load_nlp()("The envoy arrived Monday.") if t.text == "Monday")
    assert monday.dep_ != "dobj"


def test_a_relative_clause_is_done_by_the_party_it_is_on() -> None:
    events = events_in(
        "Rwanda denied the charge on Friday.\n\n"
        "The M23 rebel group, which seized Goma and Bukavu earlier this year, was not a party to the talks."
    )
    seizure = next(e for e in events if e.trigger == "seized")
    assert (seizure.actor, seizure.recipient_country) == ("M23", "COD")


def test_a_speaker_telling_of_its_own_deed_accuses_no_one() -> None:
    events = events_in("Peru said it had sent troops to its border with Ecuador.")
    assert not any(e.type == "ACCUSE" for e in events)
    # of another's: that other's deed, which the speaker vouches for (no word of it accuses)
    told = events_in("Peru said Ecuador had sent troops to the border.")
    deployment = next(e for e in told if e.type == "MOBILIZE")
    assert (deployment.actor_country, deployment.certainty, deployment.source) == (
        "ECU",
        "attributed",
        "Peru",
    )


def test_a_claims_afterword_leaves_the_clause_before_it_the_sentences() -> None:
    doc = load_nlp()(
        "The rebels have accused aid workers of spying for the United States, charges the UN rejects."
    )
    accused = next(t for t in doc if t.text == "accused")
    rejects = next(t for t in doc if t.text == "rejects")
    assert accused.dep_ == "ROOT" and rejects.pos_ == "VERB" and rejects.head.text == "charges"


def test_who_is_named_inside_a_charge_is_not_the_accused() -> None:
    events = events_in(
        "The rebels have accused aid workers of spying for the United States, charges the UN rejects."
    )
    assert not any(e.type == "ACCUSE" and e.recipient == "United States" for e in events)


def test_a_treaty_a_provision_is_cited_from_is_no_deal() -> None:
    cited = evidence_of("Poland invoked Article 4 of NATO's founding treaty on Wednesday.")[0]
    assert "AGREE" not in cited.templates
    signed = evidence_of("Poland and Ukraine signed a security treaty on Wednesday.")[0]
    assert "AGREE" in signed.templates


def test_who_a_condemned_attack_fell_on_condemns_nothing() -> None:
    sentence = evidence_of("The Secretary condemned the attack on U.S. personnel in Iraq and Syria.")[0]
    personnel = next(i for i, p in enumerate(sentence.parties) if "personnel" in p.name)
    assert all(a != personnel for a, _ in pairs_allowed(sentence, "ACCUSE"))


def test_a_participle_set_off_by_a_comma_is_done_by_its_verbs_subject() -> None:
    sentence = evidence_of(
        "Britain and Canada imposed sanctions on two ministers, Itamar Ben-Gvir and Bezalel Smotrich,"
        " accusing them of inciting violence."
    )[0]
    ministers = {i for i, p in enumerate(sentence.parties) if p.label == "PERSON"}
    assert ministers and not any(a in ministers for a, _ in pairs_allowed(sentence, "ACCUSE"))


def test_a_cause_a_word_is_for_or_against_does_nothing() -> None:
    events = events_in("Police dispersed thousands of pro-EU protesters outside parliament on Sunday.")
    assert not any(e.actor == "European Union" for e in events)


def test_who_a_report_is_according_to_did_not_do_it() -> None:
    sentence = evidence_of(
        "Several opposition figures have been arrested, according to human rights groups."
    )[0]
    groups = next(i for i, p in enumerate(sentence.parties) if "rights groups" in p.name)
    assert all(a != groups for a, _ in pairs_allowed(sentence, "COERCE"))


def test_a_decision_called_unfounded_is_condemned_and_networks_broken_into_are_seized() -> None:
    called = evidence_of("The Croatian foreign ministry called Belgrade's decision unfounded.")[0].templates
    assert called["ACCUSE"].trigger == "called" and "CONSULT" not in called
    hacked = evidence_of("Hackers broke into the networks of several telecom companies.")[0].templates
    assert hacked["COERCE"].trigger == "broke"


def test_an_outright_accusation_stands_whatever_else_the_sentence_says() -> None:
    sentence = evidence_of(
        "North Korea blew up sections of two roads connecting it to South Korea on Tuesday, South"
        " Korea's military said, days after Pyongyang accused Seoul of flying drones over its capital."
    )[0]
    assert "settled:ACCUSE" in sentence.features
    events = events_in(sentence.text)
    assert any(
        e.type == "ACCUSE" and (e.actor_country, e.recipient_country) == ("PRK", "KOR") for e in events
    )


def test_supporters_rally_and_an_envoy_given_hours_to_leave_is_expelled() -> None:
    rally = evidence_of("Thousands of junta supporters rallied in the capital on Sunday.")[0]
    assert any("supporters" in p.name for p in rally.parties)
    expelled = evidence_of("The military rulers gave France's ambassador 48 hours to leave the country.")[0]
    assert "SANCTION" in expelled.templates and "AID" not in expelled.templates


def test_a_verb_hung_on_its_subject_as_a_clause_is_the_sentences() -> None:
    doc = load_nlp()(
        "Russia, whose peacekeepers are deployed in the region, called for an immediate halt to the fighting."
    )
    called = next(t for t in doc if t.text == "called")
    russia = next(t for t in doc if t.text == "Russia")
    assert called.dep_ == "ROOT" and (russia.dep_, russia.head.i) == ("nsubj", called.i)


def test_a_clash_between_parties_is_theirs_alone() -> None:
    sentence = evidence_of(
        "Government forces entered the province after clashes between Druze fighters and Bedouin tribes."
    )[0]
    assert sentence.templates["ASSAULT"].trigger == "clashes"
    forces = next(i for i, p in enumerate(sentence.parties) if p.name == "Government forces")
    assert all(forces not in pair for pair in pairs_allowed(sentence, "ASSAULT"))
    assert any(p.name == "Bedouin tribes" for p in sentence.parties)


def test_an_arrest_a_reward_seeks_is_none() -> None:
    sought = evidence_of(
        "Washington raised its reward for information leading to the president's arrest to $25 million."
    )[0]
    assert not sought.templates["COERCE"].is_event
    led = evidence_of("The raid led to the arrest of 40 smugglers, the police said.")[0]
    assert led.templates["COERCE"].is_event


def test_warning_shots_are_a_show_of_force_no_attack() -> None:
    templates = evidence_of("South Korean troops fired warning shots south of the border on Tuesday.")[
        0
    ].templates
    assert templates["MOBILIZE"].trigger == "fired" and templates.get("ASSAULT") is None
