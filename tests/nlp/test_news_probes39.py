"""News constructions, session 39: a civil war's two sides fighting each other; a person "of" a
state; cities that name a pact or a forum; a judgement given with "as" and the doer it names.
Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import country_pairs as _pairs
from tests.nlp.test_event_roles import events_in


def _names(body: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor, e.recipient) for e in events_in(body) if e.type == kind}


def test_two_forces_of_one_state_that_fight_each_other_attack_each_other() -> None:
    body = "The Sudanese army and the Rapid Support Forces fought for a third day on Monday in Khartoum."
    assert _names(body, "ASSAULT") >= {
        ("Rapid Support Forces", "Sudanese Armed Forces"),
        ("Sudanese Armed Forces", "Rapid Support Forces"),
    }
    assert _pairs(body, "ASSAULT") == {("SDN", "SDN")}


def test_a_person_of_a_state_named_after_the_name_is_of_it() -> None:
    body = (
        "ADDIS ABABA, July 9 (Reuters) - Prime Minister Abiy Ahmed of Ethiopia and President Isaias "
        "Afwerki of Eritrea signed a declaration of peace on Monday."
    )
    assert _pairs(body, "AGREE") == {("ETH", "ERI")}


def test_a_city_that_names_a_pact_or_a_court_is_no_party() -> None:
    body = "Ethiopia said on Tuesday it would fully accept the Algiers peace agreement."
    assert "DZA" not in {e.recipient_country for e in events_in(body)}
    body = "Beijing rejected the Hague tribunal's ruling on Tuesday."
    assert "NLD" not in {e.recipient_country for e in events_in(body)}


def test_a_judgement_given_with_as_accuses_and_names_the_doer() -> None:
    body = "The Russian Embassy described the British measures as a hostile action."
    assert _pairs(body, "ACCUSE") == {("RUS", "GBR")}
    body = "Moscow described the incident on Sunday as a deliberate provocation by Kyiv."
    assert _pairs(body, "ACCUSE") == {("RUS", "UKR")}
    # praise is no accusation
    assert not _pairs("Blinken described the talks with Beijing as constructive.", "ACCUSE")


def test_a_ship_seized_is_a_seizure_not_an_attack() -> None:
    body = (
        "SANAA, Nov 19 (Reuters) - Yemen's Iran-backed Houthi rebels seized a cargo ship in the "
        "southern Red Sea on Sunday, and Israel described the hijacking as an Iranian act of terrorism."
    )
    kinds = {e.type for e in events_in(body) if e.actor_country == "YEM"}
    assert kinds == {"COERCE"}
    # a town taken is still an attack
    body = "Houthi rebels seized the town of Hazm after days of fighting with government forces."
    assert "COERCE" not in {e.type for e in events_in(body) if e.actor_country == "YEM"}


def test_a_vow_or_warning_of_what_another_will_undergo_is_a_threat() -> None:
    kinds = {e.type for e in events_in("Netanyahu promised a swift response to the attack.")}
    assert kinds == {"THREATEN"}
    kinds = {e.type for e in events_in("The minister warned that Pakistan would have to pay a heavy price.")}
    assert kinds == {"THREATEN"}
    body = "South Korea warned on Friday that Seoul would respond with all available means."
    assert {e.type for e in events_in(body)} == {"THREATEN"}
    # a warning of another's deed stays an accusation
    body = "Washington warned that Iran was preparing to send missiles to Russia."
    assert "THREATEN" not in {e.type for e in events_in(body)}


def test_fighting_between_two_sides_is_each_sides_attack_on_the_other() -> None:
    body = "Heavy fighting has broken out in Khartoum between Sudan's army and the Rapid Support Forces."
    assert _pairs(body, "ASSAULT") == {("SDN", "SDN")}
    assert len([e for e in events_in(body) if e.type == "ASSAULT"]) == 2
    body = "Clashes broke out between Indian and Chinese troops in the Galwan valley."
    assert _pairs(body, "ASSAULT") == {("IND", "CHN"), ("CHN", "IND")}
    # one side named with the clash is no side against itself
    body = "Two Israeli soldiers were killed in clashes with Hamas fighters."
    assert _pairs(body, "ASSAULT") == {("PSE", "ISR")}


def test_a_town_taken_by_force_is_an_attack_and_a_ship_or_arms_taken_a_seizure() -> None:
    assert _pairs("Russian forces captured Avdiivka on Saturday.", "ASSAULT") == {("RUS", "UKR")}
    assert not _pairs("Russian forces captured Avdiivka on Saturday.", "COERCE")
    assert {e.type for e in events_in("Houthi rebels seized the town of Hazm on Monday.")} == {"ASSAULT"}
    assert {e.type for e in events_in("Venezuelan police captured the opposition leader in Caracas.")} == {
        "COERCE"
    }


def test_a_missile_sent_into_the_sea_is_a_show_of_force_not_an_attack() -> None:
    body = "North Korea fired a ballistic missile into the sea off its east coast on Sunday."
    assert {e.type for e in events_in(body)} == {"MOBILIZE"}
    body = (
        "Five ballistic missiles fired by China on Thursday are believed to have landed inside "
        "Japan's exclusive economic zone."
    )
    assert "ASSAULT" not in {e.type for e in events_in(body)}
    # missiles fired at a place are an attack
    assert {e.type for e in events_in("Russia fired missiles into Kyiv on Monday.")} == {"ASSAULT"}


def test_diplomats_expelled_declared_undesirable_or_given_hours_to_leave_are_penalised() -> None:
    assert _pairs("Germany declared 40 Russian diplomats undesirable on Monday.", "SANCTION") == {
        ("DEU", "RUS")
    }
    body = "India on Wednesday expelled Pakistani military advisers from its High Commission in New Delhi."
    assert {e.type for e in events_in(body)} == {"SANCTION"}
    body = "Niger's junta gave France's ambassador 48 hours to leave the country."
    assert _pairs(body, "SANCTION") == {("NER", "FRA")}
    # a decision taken is the deed, no aim
    assert _pairs("Pakistan decided to expel India's high commissioner.", "SANCTION") == {("PAK", "IND")}
    assert not events_in("Russia plans to expel US diplomats.")


def test_talks_or_a_pact_suspended_or_ended_reduce_relations() -> None:
    assert _pairs("Petro suspended peace talks with the ELN on Friday.", "SANCTION") == {("COL", "COL")}
    body = "China suspended cooperation with Washington on climate change."
    assert {e.type for e in events_in(body)} == {"SANCTION"}
    assert _pairs(body, "SANCTION") == {("CHN", "USA")}


def test_captives_handed_over_are_released_and_people_taken_into_custody_detained() -> None:
    body = "Pakistan handed over captured Indian pilot Abhinandan Varthaman to India at Wagah."
    assert _pairs(body, "RETREAT") == {("PAK", "IND")}
    assert _pairs("Russia handed over the bodies of 500 soldiers to Ukraine.", "RETREAT") == {("RUS", "UKR")}
    body = (
        "YANGON, Feb 1 (Reuters) - Myanmar's military seized power on Monday. President Win Myint was "
        "also taken into custody in the early hours of Monday."
    )
    assert ("MMR", "MMR") in _pairs(body, "COERCE")


def test_whom_a_deed_is_blamed_on_is_accused_and_parties_blaming_each_other_accuse_each_other() -> None:
    body = "The Sudanese army blamed the killing on the RSF."
    assert _names(body, "ACCUSE") == {("Sudanese Armed Forces", "Rapid Support Forces")}
    assert not _pairs("Kyiv blamed the attack on Russia.", "ASSAULT") & {(None, "RUS")}
    body = "Russia and Ukraine blamed each other for the shelling of the plant."
    assert _pairs(body, "ACCUSE") == {("RUS", "UKR"), ("UKR", "RUS")}
    body = "Russia and China blamed the United States for the crisis."
    assert _pairs(body, "ACCUSE") == {("RUS", "USA"), ("CHN", "USA")}


def test_regret_expressed_over_a_deed_accuses_its_doer() -> None:
    body = "Seoul expressed strong regret over the demolition by North Korea."
    assert _pairs(body, "ACCUSE") == {("KOR", "PRK")}


def test_calling_a_deed_a_coup_or_an_occupation_condemns_it() -> None:
    assert {e.type for e in events_in("Evo Morales called his ouster a coup.")} == {"ACCUSE"}
    assert {e.type for e in events_in("Evo Morales called his ouster a constitutional transition.")} == set()


def test_calling_a_deed_by_a_condemning_name_however_parsed_accuses_and_calls_no_one() -> None:
    assert {e.type for e in events_in("Putin called the uprising treason.")} == {"ACCUSE"}
    assert {e.type for e in events_in("Stoltenberg called the attacks unprovoked and unacceptable.")} == {
        "ACCUSE"
    }
    body = "The United Nations called for civilians to be allowed to leave the city safely."
    assert {e.type for e in events_in(body)} == {"REQUEST"}


def test_speaking_at_a_rally_is_the_scene_of_a_statement_not_a_meeting() -> None:
    body = "Speaking at a rally in Caracas on Saturday, Maduro said he was breaking relations with Colombia."
    assert "CONSULT" not in {e.type for e in events_in(body)}
    body = "Speaking with Putin by phone, Macron said the war must end."
    assert _pairs(body, "CONSULT") == {("FRA", "RUS")}


def test_a_party_named_only_in_a_description_of_another_takes_no_part() -> None:
    body = (
        "Kim Yo Jong, the powerful sister of leader Kim Jong Un, had warned on Saturday that the South "
        "would soon see a tragic scene."
    )
    assert "Kim Jong Un" not in {e.recipient for e in events_in(body)}
    # the holder of a site a description names is still the target
    body = (
        "DOHA, June 23 (AP) - Iran launched missiles on Monday at Al Udeid Air Base, the largest "
        "American military base in the Middle East."
    )
    assert _pairs(body, "ASSAULT") == {("IRN", "USA")}


def test_part_of_a_pact_suspended_is_the_pact_suspended() -> None:
    body = "South Korea on Tuesday suspended part of the 2018 military agreement with North Korea."
    assert _pairs(body, "SANCTION") == {("KOR", "PRK")}


def test_an_office_holder_given_no_state_serves_the_datelines_state_before_the_storys() -> None:
    body = (
        "VILNIUS, Aug 2 (Reuters) - Prime Minister Aldona Vaitkute called the influx of migrants from "
        "Belarus a hybrid attack by the regime in Minsk. Belarus denied the charge, and Belarus said "
        "Belarus would not stop the migrants."
    )
    actors = {e.actor: e.actor_country for e in events_in(body) if e.actor and "Vaitkute" in e.actor}
    assert set(actors.values()) == {"LTU"}


def test_an_agency_credited_last_in_a_dateline_is_no_party() -> None:
    body = (
        "Jeddah, May 12, 2023, SPA -- The Kingdom of Saudi Arabia and the United States welcomed the "
        "signing of the Jeddah declaration by the two Sudanese parties."
    )
    assert "Saudi Press Agency" not in {e.actor for e in events_in(body)}
    assert ("SAU", "SDN") in _pairs(body, "SUPPORT")


def test_no_one_is_accused_of_being_harmed() -> None:
    body = (
        "MOGADISHU, Oct 30 (Reuters) - At least 100 people were killed and around 300 wounded when two car "
        "bombs exploded near the education ministry on Saturday, President Hassan Sheikh Mohamud said."
    )
    assert not [e for e in events_in(body) if e.type == "ACCUSE" and e.recipient and "people" in e.recipient]
