"""News constructions, session 32: a dateline whose place has small words ("Democratic Republic
of Congo"), a town named as a deed's party, an office that opens with a word of accusation
("charge d'affaires"), "his government" a sentence after the person, "the two countries" after a
mediator was named, the same pair named twice in a sentence, victims "among those killed", a
pronoun for a person the sentence named, a relative clause's subject inside a deed's phrase, and
who conveys a protest through an infinitive. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of, pairs_allowed

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.datelines import dateline_end
from watchfloor.nlp.extract import extract_document, load_nlp
from watchfloor.readers.metadata import detect_published


def test_a_dateline_whose_place_has_small_words_is_read() -> None:
    lead = "BUKAVU, Democratic Republic of the Congo, Feb. 16, 2025 — Rebels entered the city on Sunday."
    assert detect_published(f"Rebels enter Bukavu\n\n{lead}") == "2025-02-16"
    doc = load_nlp()(lead)
    end = dateline_end(doc)
    assert end is not None and doc[end].text == "Rebels"
    assert detect_published("Title\n\nOn the eve of July 5, 2023 — people gathered.") is None


def test_a_town_a_deed_names_stands_for_its_state() -> None:
    text = (
        "M23 rebels enter Goma as Congo cuts ties with Rwanda\n\n"
        "GOMA, Democratic Republic of Congo, Jan. 27, 2025 — M23 rebels backed by Rwanda entered the"
        " centre of Goma on Monday, the largest city in eastern Congo, after days of fighting."
    )
    events = extract_document(Document(text, "t.txt", "t.txt", "text"), analyse_layout(text)).events
    assert events and all(e.actor != "Goma" and e.recipient != "Goma" for e in events)


def test_an_office_that_opens_with_a_word_of_accusation_is_no_accusation() -> None:
    sentence = evidence_of("Islamabad summoned India's charge d'affaires on Wednesday.")[0]
    assert sentence.templates.get("ACCUSE") is None or sentence.templates["ACCUSE"].trigger != "charge"
    charged = evidence_of("Prosecutors filed charges against the former minister on Wednesday.")[0]
    assert "ACCUSE" in charged.templates


def test_his_government_a_sentence_after_the_person_is_of_his_state() -> None:
    sentences = evidence_of(
        "Prime Minister Shehbaz Sharif called the strikes unprovoked.\n\n"
        "His government summoned the Indian envoy on Wednesday."
    )
    government = next(p for p in sentences[-1].parties if p.name == "His government")
    assert government.country == "PAK"


def test_the_two_countries_are_the_storys_pair_not_its_mediator() -> None:
    sentences = evidence_of(
        "Thai jets struck Cambodian positions on Thursday after Cambodia fired rockets into Thailand.\n\n"
        "Thailand closed its border with Cambodia, and Cambodia recalled its envoy from Thailand.\n\n"
        "Malaysia offered to mediate.\n\n"
        "Four days later, the two countries agreed to a ceasefire."
    )
    pair = {p.country for p in sentences[-1].parties if "coref:pair" in p.features}
    assert pair == {"THA", "KHM"}


def test_both_countries_name_the_states_not_a_leader() -> None:
    sentences = evidence_of(
        "India struck sites in Pakistan on Wednesday.\n\n"
        "Prime Minister Shehbaz Sharif vowed to respond.\n\n"
        "China urged both countries to exercise restraint."
    )
    names = {p.name for p in sentences[-1].parties if "coref:pair" in p.features}
    assert names == {"India", "Pakistan"}


def test_the_same_pair_named_twice_in_a_sentence_is_one_pair() -> None:
    sentences = evidence_of(
        "India struck Pakistan on Wednesday.\n\n"
        "The two countries exchanged fire along the border overnight, officials on both sides said."
    )
    pair = [(p.name, p.country) for p in sentences[-1].parties if "coref:pair" in p.features]
    assert sorted(pair) == [("India", "IND"), ("Pakistan", "PAK")]


def test_victims_among_those_killed_did_not_kill() -> None:
    sentence = evidence_of(
        "Three South African peacekeepers and two Malawian soldiers were among those killed in the fighting."
    )[0]
    soldiers = next(i for i, p in enumerate(sentence.parties) if "group:soldier" in p.features)
    assert "undergoes_it" in sentence.role_features[("ASSAULT", soldiers)]


def test_a_pronoun_for_a_person_the_sentence_named_carries_no_one_from_before() -> None:
    sentences = evidence_of(
        "Germany freed a convicted Russian agent, Chancellor Olaf Scholz said.\n\n"
        "Evan Gershkovich had been sentenced on charges that he rejected."
    )
    assert not [p for p in sentences[-1].parties if p.label == "PREVIOUS"]


def test_a_relative_clauses_subject_inside_a_deed_did_not_do_it() -> None:
    events = events_in(
        "The reporter had been sentenced to 16 years on espionage charges that the US government rejected."
    )
    assert not [e for e in events if e.type in {"COERCE", "SANCTION"} and e.actor_country == "USA"]
    fired = events_in("The missile that Russia fired hit an apartment block in Dnipro.")
    assert [e.actor_country for e in fired if e.type == "ASSAULT"] == ["RUS"]


def test_a_state_that_summons_an_envoy_to_protest_accuses() -> None:
    sentence = evidence_of("Iraq's foreign ministry summoned the Turkish ambassador to protest the strikes.")[
        0
    ]
    assert "PROTEST" not in sentence.templates


def test_a_participle_with_an_object_before_a_second_subject_is_the_reported_verb() -> None:
    doc = load_nlp()(
        "Gunmen on motorcycles abducted at least 287 pupils and teachers from a school in Kuriga on"
        " Thursday morning, residents and officials said."
    )
    abducted = next(t for t in doc if t.lower_ == "abducted")
    assert abducted.dep_ == "ccomp" and abducted.head.lemma_ == "say"
    assert [c.lower_ for c in abducted.children if c.dep_ == "nsubj"] == ["gunmen"]
    armed = next(
        t
        for t in load_nlp()("Gunmen armed with rifles stormed the school, police said.")
        if t.lower_ == "armed"
    )
    assert armed.head.lower_ == "gunmen"  # a participle with no object still describes its noun


def test_pupils_and_villagers_are_people_a_deed_befalls() -> None:
    events = events_in("Gunmen abducted 287 pupils from a school in Nigeria's Kaduna state on Thursday.")
    taken = [e for e in events if e.type == "ASSAULT"]
    assert taken and all(e.actor != "Nigeria" for e in taken)
    assert any(e.recipient is not None and "pupils" in e.recipient for e in taken)


def test_a_past_joined_after_a_comma_to_a_reported_perfect_is_the_reporters_deed() -> None:
    doc = load_nlp()(
        "The United States determined that the paramilitary force had committed genocide, and imposed"
        " sanctions on its leader."
    )
    imposed = next(t for t in doc if t.lower_ == "imposed")
    assert imposed.head.lower_ == "determined"
    events = events_in(
        "The United States determined that the paramilitary force had committed genocide, and imposed"
        " sanctions on its leader, Mohamed Hamdan Dagalo."
    )
    assert ("USA", "SDN") in {(e.actor_country, e.recipient_country) for e in events if e.type == "SANCTION"}


def test_genocide_committed_is_an_attack_no_promise_and_fire_opened_no_cooperation() -> None:
    committed = evidence_of("Militias committed genocide in Darfur, the State Department said.")[0]
    assert "AGREE" not in committed.templates and "ASSAULT" in committed.templates
    opened = evidence_of("Police opened fire on protesters in Nairobi on Tuesday.")[0]
    assert "COOPERATE" not in opened.templates
    withdrawn = evidence_of("A day later, the president withdrew the finance bill.")[0]
    assert "CONCEDE" in withdrawn.templates and "SANCTION" not in withdrawn.templates


def test_a_date_that_names_another_deed_does_not_date_this_one() -> None:
    events = events_in(
        "JERUSALEM, Oct. 17, 2024 - Israel's military said on Thursday that its troops had killed Hamas"
        " leader Yahya Sinwar, the architect of the October 7 attack, in a gun battle in Rafah."
    )
    killed = [e for e in events if e.type == "ASSAULT" and e.trigger == "killed"]
    assert killed and all(not (e.date or "").endswith("-10-07") for e in killed)
    visited = events_in("Raisi signed agreements with Assad during his May 3 trip to Syria.")
    assert any((e.date or "").endswith("-05-03") for e in visited if e.type == "AGREE")


def test_a_body_that_describes_a_person_acts_through_the_person() -> None:
    events = events_in("Israeli troops killed Hamas leader Yahya Sinwar in Rafah on Wednesday.")
    assert [(e.recipient, e.recipient_country) for e in events if e.type == "ASSAULT"] == [
        ("Yahya Sinwar", "PSE")
    ]


def test_what_a_deed_did_told_by_a_participle_is_no_second_deed() -> None:
    sentence = evidence_of(
        "Militants linked to al-Qaeda attacked a police training school in Bamako on Tuesday, killing more"
        " than 70 people, security sources said."
    )[0]
    assert "ASSAULT" not in sentence.seconds
    answered = evidence_of(
        "Israel struck Hezbollah targets on Sunday after the group fired rockets at Haifa."
    )[0]
    assert "ASSAULT" in answered.seconds  # a deed with a subject of its own is one


def test_a_known_person_after_to_is_no_place() -> None:
    sentence = evidence_of("Vladimir Putin apologised to Ilham Aliyev on Saturday for the crash.")[0]
    aliyev = next(p for p in sentence.parties if p.name == "Ilham Aliyev")
    assert "loc" not in aliyev.features


def test_harm_a_crash_or_a_collision_did_is_no_attack() -> None:
    crashed = events_in("An Azerbaijan Airlines jet crashed in Kazakhstan on Wednesday, killing 38 people.")
    assert not [e for e in crashed if e.type == "ASSAULT"]
    collided = events_in("The collision injured five crew members of the tanker, the company said.")
    assert not [e for e in collided if e.type == "ASSAULT"]
    struck = events_in("A Russian missile struck a hospital in Kharkiv on Wednesday, killing 38 people.")
    assert [e for e in struck if e.type == "ASSAULT"]


def test_who_tells_of_anothers_accusation_does_not_make_it() -> None:
    events = events_in(
        "SEOUL, July 12, 2023 - North Korea test-fired a long-range missile on Wednesday, South Korea's"
        " military said, days after Pyongyang accused the United States of flying spy planes over its waters."
    )
    accusers = {e.actor_country for e in events if e.type == "ACCUSE"}
    assert "KOR" not in accusers


def test_a_missile_test_fired_is_no_attack() -> None:
    tested = evidence_of("North Korea test-fired a Hwasong-18 missile into the sea on Wednesday.")[0]
    assert "ASSAULT" not in tested.templates
    fired = evidence_of("North Korea fired a Hwasong-18 missile at the island on Wednesday.")[0]
    assert "ASSAULT" in fired.templates


def test_a_short_name_several_states_bodies_share_is_the_named_states() -> None:
    events = events_in(
        "The United States imposed sanctions on the paramilitary group's leader on Tuesday.\n\n"
        "The Treasury also sanctioned seven companies based in the United Arab Emirates."
    )
    assert "USA" in {e.actor_country for e in events if e.type == "SANCTION" and "seven companies" in e.text}


def test_air_defences_firing_at_drones_suffer_the_drones_attack() -> None:
    events = events_in(
        "The Kremlin said Russian air defences had been firing at Ukrainian drones near Grozny."
    )
    assert ("UKR", "RUS") in {(e.actor_country, e.recipient_country) for e in events if e.type == "ASSAULT"}
    fired = events_in("Russian forces fired missiles at Kharkiv on Tuesday, Ukraine's air force said.")
    assert ("RUS", "UKR") in {(e.actor_country, e.recipient_country) for e in fired if e.type == "ASSAULT"}


def test_who_tells_of_its_own_sides_force_is_not_its_target() -> None:
    sentence = evidence_of(
        "Israel says it killed Hamas leader Yahya Sinwar\n\n"
        "JERUSALEM, Oct. 17, 2024 - Israel's military said on Thursday that its troops had killed Hamas"
        " leader Yahya Sinwar in a gun battle in Rafah.\n\n"
        "Israeli soldiers on patrol encountered three militants in a building and fired on them, the"
        " military said."
    )[-1]
    names = [p.name for p in sentence.parties]
    soldiers, military = names.index("Israeli soldiers"), names.index("Israel's military")  # "the military"
    assert (soldiers, military) not in pairs_allowed(sentence, "ASSAULT")
    assert (soldiers, names.index("three militants")) in pairs_allowed(sentence, "ASSAULT")


def test_a_remark_inside_a_relative_clause_leaves_the_clause_to_its_noun() -> None:
    doc = load_nlp()(
        "The Treasury also sanctioned seven companies based in the United Arab Emirates that it said had"
        " supplied the RSF with weapons."
    )
    supplied = next(t for t in doc if t.lower_ == "supplied")
    assert supplied.dep_ == "relcl" and supplied.head.lower_ == "companies"
    events = events_in(
        "The United States imposed sanctions on the paramilitary group's leader on Tuesday.\n\n"
        "The Treasury also sanctioned seven companies based in the United Arab Emirates that it said had"
        " supplied the RSF with weapons."
    )
    assert not [e for e in events if e.type == "AID" and e.actor_country == "USA"]
    assert not [e for e in events if e.type == "AID" and e.actor == "United Arab Emirates"]


def test_who_accuses_another_of_a_deed_did_not_do_it() -> None:
    events = events_in(
        "The US and Britain accused China of a hacking campaign on Monday and imposed sanctions."
    )
    hackers = {e.actor_country for e in events if e.type == "COERCE"}
    assert "USA" not in hackers and "GBR" not in hackers
    assert ("USA", "CHN") in {(e.actor_country, e.recipient_country) for e in events if e.type == "SANCTION"}


def test_diplomats_expelled_are_sanctioned_and_a_march_called_is_a_protest() -> None:
    expelled = evidence_of("Somalia expelled Ethiopia's ambassador in April.")[0]
    assert "SANCTION" in expelled.templates and "COERCE" not in expelled.templates
    called = evidence_of("Mondlane, who left the country in October, called the march from abroad.")[0]
    assert "PROTEST" in called.templates and "CONSULT" not in called.templates
    charged = evidence_of("Prosecutors charged seven men with conspiracy to commit computer intrusions.")[0]
    assert "AGREE" not in charged.templates


def test_a_deed_rehearsed_is_none() -> None:
    drills = evidence_of("China's navy sent warships around the island to simulate a blockade on Tuesday.")[0]
    assert drills.templates.get("COERCE") is None or drills.templates["COERCE"].trigger != "blockade"
    imposed = evidence_of("China's navy imposed a blockade of the island on Tuesday.")[0]
    assert "COERCE" in imposed.templates or "SANCTION" in imposed.templates


def test_a_deed_a_future_waits_for_is_none() -> None:
    events = events_in(
        "Turkey will continue its fight against terrorism until the last terrorist is neutralised, the"
        " ministry said."
    )
    assert not [e for e in events if e.type == "ASSAULT"]
    done = events_in(
        "Turkish drones struck the camp until the last fighter was neutralised, the ministry said."
    )
    assert [e for e in done if e.type == "ASSAULT"]


def test_a_verb_joined_to_another_shares_its_projectiles() -> None:
    events = events_in(
        "Russian air defence systems intercepted and destroyed 47 Ukrainian drones overnight, the ministry"
        " said."
    )
    assert not [e for e in events if e.type == "COERCE"]  # no seizure: drones intercepted are downed
    assert ("UKR", "RUS") in {(e.actor_country, e.recipient_country) for e in events if e.type == "ASSAULT"}


def test_a_family_name_first_named_alone_is_the_person() -> None:
    text = (
        "Desk Note\n\nChinese Foreign Ministry spokesperson Mao Ning spoke on Thursday.\n\n"
        "Mao said the sale violated the one-China principle."
    )
    document = Document(text, "t.txt", "t.txt", "text", published="2024-03-08")
    entities = extract_document(document, analyse_layout(text)).entities
    assert not [e for e in entities if e.name == "Mao"]
    assert [e for e in entities if e.name == "Mao Ning"]


def test_a_place_that_names_another_deeds_is_not_where_this_one_was() -> None:
    events = events_in("Germany expelled 40 Russian diplomats on Monday over the Bucha killings.")
    expelled = [e for e in events if e.type == "SANCTION"]
    assert expelled and all(e.place != "Bucha" for e in expelled)
