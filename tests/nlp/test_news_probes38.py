"""News constructions, session 38: capitals that act for their governments; people and groups whose
state the story gives only by the office they hold, the state that holds them or the story itself;
denials of a part in a deed; warnings that threaten; agentless arrests; headlines that list names
with commas or name a deed with no verb. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import country_pairs as _pairs
from tests.nlp.test_event_roles import events_in

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_document
from watchfloor.nlp.types import Extraction


def _extract(text: str, published: str) -> Extraction:
    """The extraction of a whole text (its first line the title), published on `published`."""
    document = Document(text, "t.txt", "t.txt", "text", published=published)
    return extract_document(document, analyse_layout(text))


def test_a_capital_that_acts_is_its_government() -> None:
    assert _pairs("Kinshasa accused Kigali of arming the rebels on Tuesday.", "ACCUSE") == {("COD", "RWA")}


def test_the_military_and_the_authorities_unnamed_are_the_states_the_story_is_about() -> None:
    body = (
        "KHARTOUM, June 4, 2019 (Reuters) - Sudan's ruling council cancelled the deal with the "
        "opposition. The UN chief urged the military to allow an independent investigation."
    )
    assert "SDN" in {e.recipient_country for e in events_in(body) if e.type == "REQUEST"}
    body = (
        "BAMAKO, May 25, 2021 - Mali's interim leaders were detained overnight. The African Union "
        "urged the authorities to release them."
    )
    assert {e.recipient_country for e in events_in(body) if e.type == "REQUEST"} == {"MLI"}


def test_a_person_of_no_known_state_held_by_a_states_police_is_of_that_state() -> None:
    assert _pairs("Belarusian police detained Roman Protasevich after the plane landed.", "COERCE") == {
        ("BLR", "BLR")
    }
    assert _pairs("Roman Protasevich was detained by Belarusian police on Sunday.", "COERCE") == {
        ("BLR", "BLR")
    }
    # a foreigner held is named as one
    assert _pairs("Iranian police detained French teacher Cecile Kohler in Tehran.", "COERCE") == {
        ("IRN", "FRA")
    }


def test_an_office_holder_given_no_state_serves_the_state_the_story_is_about() -> None:
    body = (
        "LA PAZ, June 26, 2024 (Reuters) - Bolivian troops rammed the doors of the government palace "
        "on Wednesday. President Luis Arce accused General Juan Jose Zuniga of staging a coup. Later, "
        "ICRC President Mirjana Spoljaric met President Luis Arce in La Paz."
    )
    events = {(e.type, e.actor, e.actor_country, e.recipient_country) for e in events_in(body)}
    # (General Zuniga, given no state either, is of the state the story is about too)
    assert ("ACCUSE", "Luis Arce", "BOL", "BOL") in events
    # a party's name before the office is no body's ("Democratic Representative ...")
    body = "WASHINGTON, July 30, 2021 - Democratic Representative Cori Bush urged President Joe Biden to act."
    assert ("REQUEST", "Cori Bush", "USA", "USA") in {
        (e.type, e.actor, e.actor_country, e.recipient_country) for e in events_in(body)
    }
    # an office international bodies have too, named after such a body, gives no state
    assert ("CONSULT", "Mirjana Spoljaric", None, "BOL") in events


def _entity_states(body: str) -> dict[str, str | None]:
    text = f"Desk Note\n\n{body}"
    return {e.name: e.country for e in _extract(text, "2024-12-04").entities}


def test_a_legislature_named_bare_is_the_one_of_the_state_the_story_is_about() -> None:
    states = _entity_states(
        "LIMA, Dec 7, 2022 (Reuters) - Lawmakers in Peru voted on Wednesday to remove President Pedro "
        "Castillo, who had tried to dissolve Congress hours earlier."
    )
    assert states.get("Congress") == "PER" and "US Congress" not in states
    states = _entity_states(
        "WASHINGTON - The United States imposed new sanctions. Congress approved the bill."
    )
    assert states.get("US Congress") == "USA"


def test_the_story_state_counts_the_people_the_knowledge_base_knows() -> None:
    states = _entity_states(
        "President Yoon Suk Yeol lifted martial law on Wednesday. The decree had been drafted with "
        "Interior Minister Lee Sang-min, who resigned on Thursday. Yoon apologised on Saturday. The "
        "United States said it had not been told in advance."
    )
    assert states.get("Lee Sang-min") == "KOR"


def test_arrests_told_by_the_police_are_the_polices() -> None:
    body = (
        "COLOMBO, April 22, 2019 (Reuters) - Sri Lanka's government blamed a local Islamist group for "
        "the Easter bombings. Police said 24 people had been arrested."
    )
    assert _pairs(body, "COERCE") == {("LKA", "LKA")}
    # who tells of harm to its own people still did not do it
    body = "ISLAMABAD - Pakistan's foreign ministry said two children were killed in the strikes."
    assert all(e.actor_country != "PAK" for e in events_in(body) if e.type == "ASSAULT")


def test_a_body_owned_by_the_country_is_the_states_named_before() -> None:
    body = (
        "RIYADH, Oct 20, 2018 (AP) - Saudi Arabia acknowledged that a journalist was killed inside its "
        "consulate in Istanbul. The kingdom's public prosecutor said 18 Saudi nationals had been detained."
    )
    assert _pairs(body, "COERCE") == {("SAU", "SAU")}


def test_a_warning_of_consequences_threatens_and_a_warning_against_a_deed_does_not() -> None:
    assert _pairs("Hunt warns Iran of 'serious consequences' over seized tanker.", "THREATEN") == {
        (None, "IRN")
    }
    assert not _pairs("The ministry warned against any attack on its ships.", "THREATEN")
    # what the warning says will come
    body = "Iran's Supreme Leader Ali Khamenei warned that severe revenge awaits those behind the killing."
    assert {e.type for e in events_in(body)} == {"THREATEN"}


def test_a_site_named_after_its_town_is_in_that_towns_state() -> None:
    body = "A Russian missile strike on Kramatorsk train station killed dozens of evacuees."
    assert _pairs(body, "ASSAULT") == {("RUS", "UKR")}


def _document(body: str) -> list[tuple[str, str | None, str | None, str]]:
    text = f"Desk Note\n\n{body}"
    events = _extract(text, "2018-03-14").events
    return [(e.type, e.actor_country, e.recipient_country, e.certainty) for e in events]


def test_a_denial_of_a_part_in_a_deed_is_that_deed_denied() -> None:
    events = _document(
        "LONDON, March 14, 2018 (Reuters) - Sergei Skripal, a former Russian intelligence officer, was "
        "poisoned with a nerve agent in Salisbury on March 4. Britain expelled 23 Russian diplomats. "
        "Moscow has denied any involvement."
    )
    assert ("ASSAULT", "RUS", "RUS", "denied") in events
    assert ("REJECT", "RUS", None, "asserted") in events  # (the denial itself stays)
    # a denial with no deed told before it denies nothing more
    assert not [e for e in _document("Moscow has denied any involvement.") if e[0] == "ASSAULT"]


def test_names_a_headline_lists_with_a_comma_act_in_the_order_listed() -> None:
    text = "Colombia, Venezuela agree to reopen border crossings\n\nBOGOTA, Sept 26, 2022 - Talks went ahead."
    events = _extract(text, "2022-09-26").events
    assert {(e.actor_country, e.recipient_country) for e in events if e.type == "AGREE"} == {("COL", "VEN")}
    # the parser's apposition of the second name; three names signing together
    for line, pairs in [
        ("Kenya, Somalia agree to reopen border posts", {("KEN", "SOM")}),
        (
            "Macron, Scholz, Meloni sign joint declaration on migration",
            {("FRA", "DEU"), ("FRA", "ITA"), ("DEU", "ITA")},
        ),
    ]:
        text = f"{line}\n\nBRUSSELS, May 3, 2024 - Talks went ahead."
        events = _extract(text, "2024-05-03").events
        assert {(e.actor_country, e.recipient_country) for e in events if e.type == "AGREE"} == pairs


def test_people_of_a_state_are_its_whoever_tells_of_them() -> None:
    body = "WASHINGTON - The State Department said Russia keeps up its attacks against the people of Ukraine."
    assert ("RUS", "UKR") in _pairs(body, "ASSAULT")


def test_an_arrest_told_with_no_one_making_it_is_the_authorities_of_the_held() -> None:
    body = (
        "MANILA, March 11, 2025 (Reuters) - Former President Rodrigo Duterte was arrested on Tuesday on "
        "a warrant from the International Criminal Court."
    )
    found = [e for e in events_in(body) if e.type == "COERCE"]
    assert {(e.actor, e.actor_country, e.recipient_country) for e in found} == {
        ("the authorities", "PHL", "PHL")
    }
    assert not [e for e in events_in("The cartel leader, 76, had never been arrested.") if e.type == "COERCE"]


def test_a_family_name_first_named_alone_is_the_person_named_in_full() -> None:
    text = (
        "Moon vows to seek talks with Pyongyang\n\nSEOUL, May 10, 2017 (Yonhap) - South Korean President "
        "Moon Jae-in took office on Wednesday."
    )
    people = [e for e in _extract(text, "2017-05-10").entities if e.type == "PERSON"]
    assert len(people) == 1 and people[0].country == "KOR" and "Moon" in people[0].mentions


def test_a_verbless_line_naming_a_deed_of_force_tells_of_it() -> None:
    text = "Twin car bombings at Kabul ministry: at least 40 dead\n\nKABUL, Sept 5, 2022 - Talks resumed."
    found = [e for e in _extract(text, "2022-09-05").events if e.type == "ASSAULT"]
    assert {(e.actor_country, e.recipient_country) for e in found} == {(None, "AFG")}
    # a blast alone may be an accident
    text = "Blast at fertiliser plant\n\nBEIRUT, Aug 4, 2020 (Reuters) - Talks went ahead."
    assert not _extract(text, "2020-08-04").events


def test_the_army_whose_base_is_struck_is_the_story_states() -> None:
    body = "ADDIS ABABA, Nov 4, 2020 - Tigrayan forces attacked an army base overnight, the government said."
    assert {e.recipient_country for e in events_in(body) if e.type == "ASSAULT"} == {"ETH"}


def test_a_description_running_into_a_name_gives_the_persons_state() -> None:
    states = _entity_states(
        "Russia arrested American journalist Evan Gershkovich in Yekaterinburg on Thursday."
    )
    assert states.get("Evan Gershkovich") == "USA"


def test_an_office_after_a_datelines_dash_has_no_body_before_it() -> None:
    text = "Brexit talks\n\nLONDON, March 14, 2018 (Reuters) - Prime Minister Theresa May said she would act."
    entities = _extract(text, "2018-03-14").entities
    people = {e.name: (e.title, e.country) for e in entities}
    assert people.get("Theresa May") == ("Prime Minister", "GBR")


def test_a_withdrawal_from_a_country_is_the_withdrawers() -> None:
    text = "Britain announces troop withdrawal from Afghanistan\n\nLONDON, April 14, 2021 - Talks went ahead."
    events = _extract(text, "2021-04-14").events
    assert {e.actor_country for e in events if e.type == "RETREAT"} == {"GBR"}  # (not the ground left's)


def test_a_site_named_after_a_town_or_a_government_is_theirs() -> None:
    body = "A Russian missile hit the Mykolaiv government building on Tuesday, killing 12 people."
    assert ("RUS", "UKR") in _pairs(body, "ASSAULT")
    body = "BISHKEK, Oct 6, 2020 (Reuters) - Protesters stormed other government buildings overnight."
    recipients = {(e.recipient, e.recipient_country) for e in events_in(body)}
    assert ("government", "KGZ") in recipients  # (named alone, not "other government")
