"""News constructions, session 36: two sides agreeing to do something, idioms in the passive,
diplomatic ties cut, a pair of sides trading fire, a headline's victim modified by its state, a
site held by no one known, a party named elsewhere as well as where, a condemned launch, a
target's holder in apposition, a site naming an attack, a statement by a state's organ, what
captives were taken as, detentions, harm a speaker tells of its own, withdrawals, a truce's
broker, an aim's own verb, a pledge of money, and whose backers acted. Sentences written for
these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of
from tests.nlp.test_wire_parties import index_of

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.deed_roles import undergoes_it
from watchfloor.nlp.extract import extract_document, load_nlp
from watchfloor.nlp.trigger_readings import verb_readings
from watchfloor.nlp.triggers import load_lexicon


def _settled(body: str) -> list[str]:
    return [f for f in evidence_of(body)[-1].features if f.startswith("settled:")]


def test_two_sides_agreeing_to_do_something_is_an_agreement_between_them() -> None:
    body = "Ethiopia and Eritrea met in Asmara in July. The two governments agreed to resume flights."
    assert "settled:AGREE" in _settled(body)
    agreements = {(e.actor_country, e.recipient_country) for e in events_in(body) if e.type == "AGREE"}
    assert agreements == {("ETH", "ERI"), ("ERI", "ETH")}
    assert "settled:AGREE" not in _settled("Eritrea may agree to resume flights.")


def test_a_party_named_where_as_well_as_who_may_receive_an_agreement() -> None:
    events = events_in("Armenia and Azerbaijan agreed to open the border crossing at Lachin.")
    assert ("ARM", "AZE") in {(e.actor_country, e.recipient_country) for e in events if e.type == "AGREE"}


def test_an_idiom_holds_in_the_passive_and_in_a_participle() -> None:
    assert "COERCE" not in evidence_of("Talks were held in Geneva on Monday.")[0].templates
    assert "COERCE" not in evidence_of("Rebels shelled positions held by the army near Goma.")[0].templates
    assert "COERCE" in evidence_of("Two journalists were held by police in Minsk.")[0].templates


def test_cutting_diplomatic_ties_with_a_party_is_surely_a_penalty() -> None:
    assert "settled:SANCTION" in _settled("Ghana recalled its ambassador from Lome on Tuesday.")
    assert "settled:SANCTION" not in _settled("Ghana may recall its ambassador from Lome.")
    assert "settled:SANCTION" not in _settled("Ghana recalled its ambassador on Tuesday.")  # from whom?
    severed = [e for e in events_in("Chad severed ties with Sudan on Friday.") if e.type == "SANCTION"]
    assert [(e.actor_country, e.recipient_country) for e in severed] == [("TCD", "SDN")]


def test_a_pair_of_sides_named_by_one_noun_trades_fire() -> None:
    body = "Ethiopia and Eritrea met in Asmara in July. The two armies exchanged fire across the border."
    assert "settled:ASSAULT" in _settled(body)
    attacks = {(e.actor_country, e.recipient_country) for e in events_in(body) if e.type == "ASSAULT"}
    assert attacks == {("ETH", "ERI"), ("ERI", "ETH")}


def test_a_headlines_victim_and_its_state_undergo_the_deed() -> None:
    doc = load_nlp()("Border guard officer killed in attack by armed men")
    killed = next(t for t in doc if t.text == "killed")
    assert killed.dep_ == "acl"  # (the participle describes the noun: "officer killed")
    assert undergoes_it(doc[0], killed) and undergoes_it(doc[2], killed)  # "Border", "officer"
    assert not undergoes_it(doc[-1], killed)  # "men"


def test_a_site_held_by_no_one_known_is_no_party() -> None:
    parties = [p.name for p in evidence_of("Gunmen overran the Kalma camp in Darfur.")[0].parties]
    assert "Kalma" not in parties
    events = events_in("Gunmen overran the Kalma camp in Darfur.")
    assert all(e.recipient != "Kalma" for e in events)
    line = evidence_of("Shelling along the Line of Control killed three people, officials said.")[0]
    assert "Line of Control" not in [p.name for p in line.parties]


def test_a_condemned_launch_is_the_lead_deed_of_the_story() -> None:
    events = events_in(
        "North Korea fired a ballistic missile into the sea on Monday. Japan and South Korea"
        " condemned the launch."
    )
    judged = {(e.actor_country, e.recipient_country) for e in events if e.type == "ACCUSE"}
    assert judged == {("JPN", "PRK"), ("KOR", "PRK")}


def test_who_holds_a_target_its_apposition_names_does_not_attack_it() -> None:
    events = events_in(
        "Militants launched a drone attack on Tower 22, a US outpost in Jordan, killing three soldiers."
    )
    assert events and all(e.actor_country != "USA" for e in events if e.type == "ASSAULT")


def test_a_site_naming_an_attack_is_where_it_fell() -> None:
    events = events_in("US forces struck targets in Syria on Friday in retaliation for the Tower 22 attack.")
    assert [e.actor_country for e in events if e.type == "ASSAULT"] == ["USA"]


def test_a_statement_by_an_organ_speaks_for_the_state_its_opening_names() -> None:
    title = "Statement by the Ministry of Foreign Affairs on the Detention of Reporters"
    text = (
        f"{title}\n\nThe Ministry of Foreign Affairs of the Republic of Estonia condemns the detention"
        " of two reporters by the Georgian authorities.\n\nWe call on the Georgian government to release"
        " them.\n"
    )
    document = Document(text, "t.txt", "t.txt", "text", title=title, published="2025-03-04")
    events = [
        (e.type, e.actor_country, e.recipient_country)
        for e in extract_document(document, analyse_layout(text)).events
    ]
    assert ("REQUEST", "EST", "GEO") in events and ("ACCUSE", "EST", "GEO") in events
    assert all(actor != "EST" for kind, actor, _ in events if kind == "COERCE")  # (the title's arrest)


def test_what_people_were_taken_as_is_no_party() -> None:
    names = [p.name for p in evidence_of("Its 20 crew members were taken hostage.")[0].parties]
    assert "hostage" not in names and any("crew" in name for name in names)


def test_people_detained_by_a_party_are_surely_coerced() -> None:
    assert "settled:COERCE" in _settled(
        "The minister said police had detained 40 people in raids across the country."
    )
    assert "settled:COERCE" not in _settled("The minister said police might detain 40 people.")


def test_a_speaker_telling_of_harm_to_its_own_did_not_do_it() -> None:
    evidence = evidence_of("Russia said five of its peacekeepers had been killed.")[0]
    assert "owns_sufferers" in evidence.role_features[("ASSAULT", 0)]
    other = evidence_of("Russia said five Azerbaijani soldiers had been killed.")[0]
    assert "owns_sufferers" not in other.role_features[("ASSAULT", 0)]


def test_forces_withdrawing_from_somewhere_surely_retreat() -> None:
    assert "settled:RETREAT" in _settled("Russian troops withdrew from the town on Friday.")
    assert "settled:RETREAT" not in _settled("Iran withdrew from the nuclear deal in 2019.")  # no forces
    assert "settled:RETREAT" not in _settled("Russian troops may withdraw from the town.")


def test_who_brokered_a_truce_is_no_side_of_it() -> None:
    events = events_in(
        "Hamas freed 24 hostages on Friday, on the first day of a truce brokered by Qatar and Egypt."
    )
    assert events and all(e.actor_country not in {"QAT", "EGY"} for e in events)


def test_what_an_aim_would_have_done_is_not_surely_done() -> None:
    events = events_in(
        "Kenyan police landed in Haiti on Tuesday to help the country's police fight armed gangs."
    )
    assert not [e for e in events if e.type == "ASSAULT"]


def test_a_pledge_of_money_is_no_threat() -> None:
    doc = load_nlp()("The United States pledged $300 million to the mission on Monday.")
    readings = {t.type for t in verb_readings(next(t for t in doc if t.text == "pledged"), load_lexicon())}
    assert "THREATEN" not in readings and "AGREE" in readings
    vow = load_nlp()("Tehran pledged to retaliate against Israel.")
    assert "THREATEN" in {t.type for t in verb_readings(vow[1], load_lexicon())}


def test_whose_backers_acted_did_not_act() -> None:
    evidence = evidence_of(
        "Haftar's backers, including the United Arab Emirates and Russia, supplied weapons to his forces."
    )[0]
    index = index_of(evidence, name="Haftar")
    assert "owns_others" in evidence.role_features[("AID", index)]


def test_who_held_what_a_strike_hit_does_not_kill_in_it() -> None:
    events = events_in(
        "An Israeli air strike hit a school run by the UN agency in central Gaza, killing at least 33 people."
    )
    killings = [e for e in events if e.type == "ASSAULT" and e.trigger == "killing"]
    assert killings and all(e.actor_country == "ISR" for e in killings)


def test_a_verb_joined_to_another_shares_its_subject_for_a_sure_reading() -> None:
    assert "settled:COERCE" in _settled(
        "Soldiers seized weapons and arrested 27 suspected gang members on Monday."
    )


def test_a_deed_noun_naming_its_doer_is_done_by_no_one_outside_it() -> None:
    events = events_in("Poland closed a border crossing with Belarus after a migrant attack on a soldier.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(e.actor_country is None for e in attacks)
    by = events_in("Russia blamed the terrorist attacks by Kyiv for the fires at two air bases.")
    assert "UKR" in {e.actor_country for e in by if e.type == "ASSAULT"}  # (the "by" phrase names it)


def test_asking_a_party_to_act_is_surely_a_request() -> None:
    assert "settled:REQUEST" in _settled("The European Union urged Beijing to act with restraint.")
    assert "settled:REQUEST" not in _settled("The European Union may urge Beijing to act with restraint.")
    events = events_in(
        "Azerbaijan's President Ilham Aliyev said the airliner had been hit by fire from the ground and"
        " demanded that Moscow admit guilt."
    )
    assert ("AZE", "RUS") in {(e.actor_country, e.recipient_country) for e in events if e.type == "REQUEST"}


def test_people_of_no_armed_party_blocking_roads_protest() -> None:
    lexicon = load_lexicon()
    doc = load_nlp()("Students blocked roads and university buildings in Belgrade for a third week.")
    assert {t.type for t in verb_readings(doc[1], lexicon)} == {"PROTEST"}
    police = load_nlp()("Police blocked roads leading to the parliament building.")
    assert "PROTEST" not in {t.type for t in verb_readings(police[1], lexicon)}


def test_a_decree_signed_is_no_agreement() -> None:
    events = events_in(
        "President Donald Trump signed orders imposing 25% tariffs on goods from Canada and Mexico."
    )
    kinds = {(e.type, e.recipient_country) for e in events}
    assert ("SANCTION", "CAN") in kinds and not [e for e in events if e.type == "AGREE"]
    deal = events_in("Japan and the Philippines signed a defence agreement in Manila.")
    assert [e for e in deal if e.type == "AGREE"]


def test_a_state_whose_ministry_condemns_a_deed_did_not_do_it() -> None:
    evidence = evidence_of(
        "The Foreign Ministry of the Kingdom of Saudi Arabia condemned the attack on the Sudanese city"
        " of El Fasher."
    )[0]
    index = index_of(evidence, country="SAU")
    assert "judges_it" in evidence.role_features[("ASSAULT", index)]


def test_people_gathering_or_taking_to_the_streets_protest() -> None:
    lexicon = load_lexicon()
    streets = load_nlp()("Thousands of protesters took to the streets of the capital that night.")
    assert {t.type for t in verb_readings(streets[3], lexicon)} == {"PROTEST"}
    crowd = load_nlp()("Thousands of people gathered outside city hall despite a ban.")
    assert {t.type for t in verb_readings(crowd[3], lexicon)} == {"PROTEST"}


def test_a_party_setting_captives_free_surely_releases_them() -> None:
    assert "settled:RETREAT" in _settled("Russia and Ukraine each released 390 prisoners on Friday.")
    assert "settled:RETREAT" not in _settled("Russia may release 390 prisoners.")
    assert "settled:RETREAT" not in _settled("Russia released a statement on Friday.")
