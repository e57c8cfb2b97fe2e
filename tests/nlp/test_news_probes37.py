"""News constructions, session 37: a state's ground named apart from the body its name describes,
the host state of a second attack, air defences that stop an attack, and interceptors named deep
in a passive's "by" phrase. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import country_pairs as _pairs
from tests.nlp.test_event_roles import events_in, evidence_of, pairs_allowed

from watchfloor.nlp.extract import load_nlp
from watchfloor.nlp.party_senses import air_defences_as_a_party, counts_the_harmed
from watchfloor.nlp.target_holders import within_the_agent


def _attacks(body: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor_country, e.recipient_country) for e in events_in(body) if e.type == "ASSAULT"}


def test_a_states_ground_named_apart_from_its_forces_is_a_party() -> None:
    body = (
        "Chad's army shelled rebel camps in Libya on Friday, a day after Libyan militias fired rockets "
        "at Chadian territory."
    )
    names = {p.name for p in evidence_of(body)[-1].parties}
    assert "Chad" in names  # (the ground, beside "Chad's army")
    assert ("LBY", "TCD") in _attacks(body)


def test_a_second_attack_with_no_target_named_falls_on_the_state_it_struck_in() -> None:
    body = (
        "Hezbollah fired rockets at northern Israel on Friday, two days after an Israeli strike "
        "killed a senior commander in southern Lebanon."
    )
    assert _attacks(body) == {("LBN", "ISR"), ("ISR", "LBN")}


def test_air_defences_that_stop_an_attack_are_their_states_and_suffer_it() -> None:
    body = "Air defence systems destroyed 25 Ukrainian drones overnight, the Russian Defence Ministry said."
    assert _attacks(body) == {("UKR", "RUS")}
    nlp = load_nlp()
    doc = nlp("Air defences shot down the drones. The drone can evade air defences.")
    subject = next(t for t in doc if t.lower_ == "defences")
    evaded = [t for t in doc if t.lower_ == "defences"][-1]
    assert air_defences_as_a_party(subject)
    assert not air_defences_as_a_party(evaded)  # (an object, no one stopping anything)
    assert not air_defences_as_a_party(nlp("Tanks rolled in.")[0])


def test_air_defences_never_use_the_force_a_second_word_names() -> None:
    body = (
        "Russia's defence ministry said its air defence systems had shot down eight missiles over "
        "Crimea, but gave no details of damage at the airfield."
    )
    assert ("RUS", None) not in _attacks(body)


def test_an_interceptor_named_deep_in_the_by_phrase_is_not_the_attacker() -> None:
    doc = load_nlp()("The missiles were intercepted by its air defences and by a coalition led by France.")
    trigger = next(t for t in doc if t.lemma_ == "intercept")
    france = next(t for t in doc if t.text == "France")
    missiles = next(t for t in doc if t.text == "missiles")
    assert within_the_agent(france, trigger)
    assert not within_the_agent(missiles, trigger)
    body = (
        "Iran fired dozens of missiles at Israel on Tuesday. Israel's military said most of the missiles "
        "were intercepted by its air defences and by a coalition led by France."
    )
    assert ("FRA", "ISR") not in _attacks(body)


def test_a_bare_number_of_people_harmed_is_a_party() -> None:
    nlp = load_nlp()
    doc = nlp("Gunmen killed 14 on Sunday. Gunmen killed 14 of them. An airstrike kills dozens.")
    fourteen = [t for t in doc if t.text == "14"]
    assert counts_the_harmed(fourteen[0])
    assert not counts_the_harmed(fourteen[1])  # ("of them": the party is named after it)
    assert counts_the_harmed(next(t for t in doc if t.text == "dozens"))
    assert not counts_the_harmed(nlp("The army bought 14 on Sunday.")[3])
    attacks = events_in("Gunmen killed 14 in an attack on a village in Nigeria on Sunday.")
    assert [(e.type, e.recipient, e.recipient_country) for e in attacks] == [("ASSAULT", "14", "NGA")]


def test_a_site_struck_with_no_holder_named_is_aimed_at_its_host_state() -> None:
    assert _attacks("The RSF attacked a displacement camp outside Nyala on Monday.") == {("SDN", "SDN")}
    assert _attacks("Gunmen attacked a market near Goma on Sunday.") == {(None, "COD")}
    # a state's own forces in their own land strike no one named; a holder named is the target
    assert _attacks("Mexican soldiers raided a camp outside Culiacan on Sunday.") == {("MEX", None)}
    assert _attacks("Houthi drones struck a U.S. base near Aden.") == {("YEM", "USA")}


def test_summoning_an_envoy_is_an_official_protest_at_the_envoys_state() -> None:
    assert _pairs("Chile summoned the Peruvian ambassador on Monday.", "ACCUSE") == {("CHL", "PER")}
    assert _pairs("Ghana summoned Togo's charge d'affaires on Tuesday.", "ACCUSE") == {("GHA", "TGO")}
    assert not _pairs("The court summoned the minister to testify.", "ACCUSE")


def test_a_truce_between_two_sides_taking_effect_is_a_retreat_the_first_named_first() -> None:
    # (annotated once, in the order named: 60 of 69 such sentences of the gold sets)
    body = "A ceasefire between Armenia and Azerbaijan took effect at noon on Friday."
    assert _pairs(body, "RETREAT") == {("ARM", "AZE")}
    assert not _pairs("A ceasefire between Armenia and Azerbaijan may take effect on Friday.", "RETREAT")
    # its brokers are no side of it
    assert not _pairs("The truce, brokered by Qatar and Egypt, began at noon.", "RETREAT")


def test_two_sides_that_swap_prisoners_release_them_the_first_named_first() -> None:
    assert _pairs("Armenia and Azerbaijan exchanged 32 prisoners on Thursday.", "RETREAT") == {("ARM", "AZE")}
    assert _pairs("Armenia and Azerbaijan completed a prisoner swap on Friday.", "RETREAT") == {
        ("ARM", "AZE")
    }


def test_forces_pulling_out_of_a_place_withdraw() -> None:
    assert (
        "settled:RETREAT"
        in evidence_of("Chad's army pulls out of Abeche after rebels take the airport")[-1].features
    )


def test_staged_and_waged_keep_their_verbs() -> None:
    lemmas = {
        t.text: t.lemma_ for t in load_nlp()("Iran staged drills, stages more and wages a war that raged.")
    }
    assert (lemmas["staged"], lemmas["stages"], lemmas["wages"], lemmas["raged"]) == (
        "stage",
        "stage",
        "wage",
        "rage",
    )


def test_headline_abbreviations_name_the_two_koreas() -> None:
    names = {p.name for p in evidence_of("N. Korea fires missiles as S. Korea holds drills")[-1].parties}
    assert {"North Korea", "South Korea"} <= names


def test_states_listed_as_a_statements_subjects_are_not_its_targets_nor_the_two_countries() -> None:
    body = (
        "Israeli troops moved into the buffer zone in Syria on Sunday. Egypt, Qatar and Jordan condemned "
        "the incursion, and the UN said it violated the 1974 agreement between the two countries."
    )
    charges = _pairs(body, "ACCUSE")
    assert charges and not {r for _, r in charges} & {"EGY", "QAT", "JOR"}
    pair = [p for p in evidence_of(body)[-1].parties if "coref:pair" in p.features]
    assert {p.country for p in pair} == {"ISR", "SYR"}


def test_ordering_diplomats_out_penalises_each_state_they_come_from() -> None:
    body = "Bolivia on Monday ordered diplomats from Chile, Peru and Uruguay to leave the country."
    assert _pairs(body, "SANCTION") == {("BOL", "CHL"), ("BOL", "PER"), ("BOL", "URY")}
    assert _pairs("Mali ordered the French ambassador to leave within 72 hours.", "SANCTION") == {
        ("MLI", "FRA")
    }


def test_declining_to_comment_refuses_no_one() -> None:
    assert not _pairs("The Israeli military declined to comment.", "REJECT")
    assert _pairs("Iran refused to give inspectors access to the site.", "REJECT") == {("IRN", None)}


def test_a_foreign_office_is_the_one_of_the_state_named_last() -> None:
    body = (
        "ISLAMABAD, May 10, 2025 - Trump said the United States had helped. Later, India accused "
        "Pakistan of violating the truce, a charge the Foreign Office rejected."
    )
    rejections = [e for e in events_in(body) if e.type == "REJECT"]
    assert [(e.actor, e.actor_country) for e in rejections] == [
        ("Pakistani Ministry of Foreign Affairs", "PAK")
    ]
    britain = "LONDON, May 10, 2025 - The Foreign Office summoned the Russian ambassador on Monday."
    assert {e.actor_country for e in events_in(britain)} == {"GBR"}


def test_a_hyphenated_cease_fire_is_a_truce_not_fire() -> None:
    body = "A cease-fire between Armenia and Azerbaijan took effect on Friday."
    assert _pairs(body, "RETREAT") == {("ARM", "AZE")}
    assert not _pairs(body, "ASSAULT")


def test_an_amount_of_things_is_read_through_to_the_things() -> None:
    headline = "Germany, France expel dozens of Russian diplomats over killings"
    assert _pairs(headline, "SANCTION") >= {("DEU", "RUS")}
    assert not _pairs(headline, "COERCE")


def test_whose_arms_acted_a_possessive_pronoun_names() -> None:
    body = (
        "The Israeli military said its jets dropped dozens of bombs on a bunker as Hamas leaders met there."
    )
    assert {a for a, _ in _pairs(body, "ASSAULT")} == {"ISR"}


def test_a_claim_of_responsibility_is_the_claimants_attack() -> None:
    body = (
        "MOGADISHU, Oct 30, 2022 - Two car bombs exploded near the education ministry in Mogadishu on "
        "Saturday, killing at least 100 people. Al Shabaab claimed responsibility for the attack."
    )
    assert {a for a, _ in _pairs(body, "ASSAULT")} == {"SOM"}
    claims = [e for e in events_in(body) if e.trigger == "claimed"]
    assert [(e.type, e.actor) for e in claims] == [("ASSAULT", "al-Shabaab")]
    # (an armed group's attack on ground of its own state is named after it)
    assert ("SOM", "SOM") in _pairs(body, "ASSAULT")


def test_the_ministry_points_back_to_no_armed_group() -> None:
    body = (
        "Two car bombs exploded near the education ministry on Saturday. Al Shabaab claimed "
        "responsibility, saying it had targeted the ministry."
    )
    assert [p.name for p in evidence_of(body)[-1].parties if "coref:ministry" in p.features] == []


def test_an_attack_on_a_site_whose_holder_is_named_falls_on_the_holder() -> None:
    body = "Iran fired missiles at Al Udeid Air Base in Qatar, the largest American military base there."
    assert _pairs(body, "ASSAULT") == {("IRN", "USA")}
    assert _pairs(
        "Houthi drones struck Tower 22 in Jordan, a US outpost near the Syrian border.", "ASSAULT"
    ) == {("YEM", "USA")}


def test_whose_troops_were_attacked_did_not_attack_them() -> None:
    body = "The peacekeepers, from Italy and Poland, were attacked with stones and petrol bombs on Monday."
    assert not {a for a, _ in _pairs(body, "ASSAULT")} & {"ITA", "POL"}


def test_a_state_on_a_list_is_no_listing() -> None:
    assert not _pairs("The PKK is listed as a terrorist organisation by Turkey and the EU.", "SANCTION")
    assert _pairs("The US designated the group a terrorist organisation on Monday.", "SANCTION")


def test_halting_imports_from_a_state_penalises_it() -> None:
    assert _pairs("Beijing halted some imports of Taiwanese fruit on Wednesday.", "SANCTION") == {
        ("CHN", "TWN")
    }


def test_what_a_withdrawal_moves_is_not_its_recipient() -> None:
    assert _pairs("Russian troops pulled out of Kherson on Friday.", "RETREAT") <= {
        ("RUS", None),
        ("RUS", "UKR"),
    }
    retreats = [
        e for e in events_in("Israel pulls troops out of Jenin after two-day raid") if e.type == "RETREAT"
    ]
    assert retreats and all(e.recipient != "troops" for e in retreats)


def test_a_surname_the_ner_took_for_a_body_is_the_person_named_before() -> None:
    body = (
        "VILNIUS, June 22, 2025 - Belarus freed 14 prisoners after a visit by U.S. special envoy Keith "
        "Kellogg. Kellogg met Belarusian ruler Alyaksandr Lukashenka in Minsk on June 21."
    )
    meetings = [e for e in events_in(body) if e.type == "CONSULT" and "met" in e.trigger]
    assert [(e.actor, e.actor_country) for e in meetings] == [("Keith Kellogg", "USA")]


def test_a_place_visited_is_not_whom_a_penalty_for_the_visit_falls_on() -> None:
    body = (
        "China on Friday imposed sanctions on U.S. House Speaker Nancy Pelosi and her family in "
        "retaliation for her visit to Taiwan this week."
    )
    sentence = evidence_of(body)[-1]
    taiwan = next(i for i, p in enumerate(sentence.parties) if p.country == "TWN")
    assert all(r != taiwan for _, r in pairs_allowed(sentence, "SANCTION"))
    pelosi = next(p for p in sentence.parties if p.name == "Nancy Pelosi")
    assert pelosi.country == "USA" and "nocountry" not in pelosi.features


def test_air_defences_that_down_an_airliner_attack_it() -> None:
    body = "Aliyev said the Azerbaijani airliner had been shot at by Russian ground-based air defences."
    assert {a for a, _ in _pairs(body, "ASSAULT")} == {"RUS"}


def test_breaking_or_ending_ties_is_a_penalty() -> None:
    assert _pairs("Taiwan ended diplomatic relations with Honduras on Sunday.", "SANCTION") == {
        ("TWN", "HND")
    }
    assert _pairs("Aid trucks burn at border as Maduro breaks ties with Colombia", "SANCTION") == {
        ("VEN", "COL")
    }


def test_a_headlines_verb_before_an_infinitive_is_read_as_its_verb() -> None:
    headline = "Niger junta orders French ambassador to leave within 48 hours"
    assert {(a, r) for a, r in _pairs(headline, "SANCTION")} == {("NER", "FRA")}


def test_forces_leaving_a_country_withdraw() -> None:
    assert _pairs("Last British troops leave Iraq, ending six-year war", "RETREAT") == {("GBR", "IRQ")}


def test_declaring_a_state_of_emergency_is_a_restriction() -> None:
    assert (
        "settled:COERCE" in evidence_of("Ecuador declares state of emergency in Guayas province")[-1].features
    )
    assert "settled:COERCE" not in evidence_of("Ecuador may declare a state of emergency.")[-1].features


def test_sending_forces_somewhere_is_a_sure_deployment() -> None:
    assert (
        "settled:MOBILIZE"
        in evidence_of("Russia sends 300 military instructors to Central African Republic")[-1].features
    )
    assert (
        "settled:MOBILIZE"
        not in evidence_of("Russia may send instructors to the Central African Republic.")[-1].features
    )


def test_ordering_arms_is_a_sure_purchase() -> None:
    assert (
        "settled:AGREE"
        in evidence_of("Indonesia Orders 42 Rafale Jets as US Approves F-15 Sale")[-1].features
    )
    assert "settled:AGREE" not in evidence_of("Poland may buy more tanks.")[-1].features
