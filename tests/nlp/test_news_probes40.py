"""News constructions, session 40: protests "anti-" a party; restrictions eased; pacts scrapped;
jets scrambled; a town known abroad by another name. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_model import readings_in
from tests.nlp.test_event_roles import country_pairs as _pairs
from tests.nlp.test_event_roles import events_in, evidence_of

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_document
from watchfloor.nlp.types import Extraction


def _extraction(text: str, published: str) -> Extraction:
    """What the pipeline reads in a whole text (its first line the title)."""
    document = Document(text, "t.txt", "t.txt", "text", published=published)
    return extract_document(document, analyse_layout(text))


def _readings(body: str, kind: str) -> set[tuple[str | None, str | None]]:
    """Whom the model's readings of `kind` name, however sure (the parties, not the threshold)."""
    return {(e.actor_country, e.recipient_country) for e in readings_in(body) if e.type == kind}


def test_protests_anti_a_party_are_against_it_and_not_by_it() -> None:
    assert _readings("Thousands of Iraqis staged anti-Israel protests in Baghdad on Friday.", "PROTEST") == {
        ("IRQ", "ISR")
    }
    assert ("IRQ", "USA") in _pairs(
        "Thousands joined anti-American protests in Baghdad on Friday.", "PROTEST"
    )
    assert _readings("Anti-Japanese protests spread across China on Sunday.", "PROTEST") == {("CHN", "JPN")}


def test_protesters_anti_a_party_are_not_its_people() -> None:
    events = readings_in("Anti-Israel protesters rallied outside the embassy in Amman on Friday.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and all(e.actor_country != "ISR" for e in protests)


def test_restrictions_lifted_or_eased_by_a_party_are_a_concession() -> None:
    assert _pairs("Japan lifted curbs on exports to South Korea on Thursday.", "CONCEDE") == {("JPN", "KOR")}
    body = (
        "Japan's trade ministry announced Thursday that it was lifting the curbs on exports to South Korea."
    )
    assert _pairs(body, "CONCEDE") == {("JPN", "KOR")}
    assert _pairs("Washington eased sanctions on Venezuela's oil sector on Wednesday.", "CONCEDE") == {
        ("USA", "VEN")
    }


def test_restrictions_not_lifted_are_no_concession() -> None:
    assert not _pairs("The EU refused to lift sanctions on Russia.", "CONCEDE")
    assert not _pairs("Iran could lift the ban if talks succeed.", "CONCEDE")


def test_a_pact_scrapped_is_a_penalty() -> None:
    body = "North Korea scrapped the 2018 military pact with South Korea on Thursday."
    assert _pairs(body, "SANCTION") == {("PRK", "KOR")}


def test_jets_scrambled_are_a_show_of_force() -> None:
    body = "Japan scrambled fighter jets after a Chinese aircraft entered its airspace on Monday."
    assert ("JPN", None) in _pairs(body, "MOBILIZE")


def test_a_town_known_abroad_by_another_name_is_not_taken_for_the_name_here() -> None:
    text = (
        "Raid in Kenya\n\nAl-Shabaab militants attacked the Manda Bay Airfield in Kenya early this morning."
    )
    extraction = _extraction(text, "2020-01-05")
    assert "JPN" not in {p.country for p in extraction.places}
    assert "KEN" in {e.recipient_country for e in extraction.events if e.type == "ASSAULT"}
    assert "JPN" not in {e.recipient_country for e in extraction.events}


def test_a_clause_said_in_a_statement_belongs_to_the_verb_of_saying() -> None:
    body = "North Korea's defense ministry warned in a statement that Seoul would pay dearly for it."
    assert _pairs(body, "THREATEN") == {("PRK", "KOR")}
    assert not _pairs(body, "ACCUSE")


def test_what_a_naming_verb_calls_a_deed_condemns_it_however_parsed() -> None:
    body = "Japanese Prime Minister Shinzo Abe called North Korea's launch a reckless act."
    assert _pairs(body, "ACCUSE") == {("JPN", "PRK")}
    assert not _pairs(body, "CONSULT")  # no telephone call
    body = "Japanese Prime Minister Shinzo Abe called the launch a violent act that could never be tolerated."
    assert {e.type for e in events_in(body)} == {"ACCUSE"}


def test_a_protest_lodged_by_an_official_is_an_accusation() -> None:
    body = "Vice-Minister for Foreign Affairs Mori Takeo lodged a strong protest with the Chinese ambassador."
    assert {e.type for e in readings_in(body)} == {"ACCUSE"}


def test_a_persons_first_name_is_not_the_body_it_spells() -> None:
    text = (
        "Extradition\n\nMexico sent 29 cartel figures to the United States, among them Rafael Caro Quintero."
    )
    entities = _extraction(text, "2025-02-27").entities
    assert "ISR" not in {e.country for e in entities}
    assert _pairs("Israel's Rafael signed a deal with Germany on Monday.", "AGREE") == {("ISR", "DEU")}


def test_the_army_named_by_its_arms_is_the_states_own() -> None:
    body = (
        "Sudan's army and the RSF have fought since April. "
        "Witnesses said army fighter jets struck RSF bases in Omdurman on Friday."
    )
    strikes = [e for e in events_in(body) if e.type == "ASSAULT" and "jets" in e.text]
    assert strikes and {e.actor_country for e in strikes} == {"SDN"}


def test_protests_with_no_one_named_are_the_protesters_of_the_state_they_shake() -> None:
    assert _readings("Protests rocked Tehran on Friday.", "PROTEST") == {("IRN", "IRN")}
    assert _readings("Thousands took to the streets of Baghdad on Friday.", "PROTEST") == {("IRQ", "IRQ")}
    # against a state named "anti-": the protesters are of the state they protest in
    assert _readings("Anti-China riots hit Vietnam's industrial parks on Tuesday.", "PROTEST") == {
        ("VNM", "CHN")
    }


def test_arms_given_and_backing_voiced_are_settled_whatever_the_model_doubts() -> None:
    evidence = evidence_of("Iran supplied hundreds of drones to Russia last year.")[0]
    assert "settled:AID" in evidence.features
    assert _pairs("Washington armed the rebels in 2014.", "AID") == {("USA", None)}
    assert "settled:SUPPORT" in evidence_of("The United States stands with the people of Iran.")[0].features
    assert _pairs("Germany expressed support for Ukraine on Monday.", "SUPPORT") == {("DEU", "UKR")}


def test_gifts_of_words_and_backing_of_no_one_are_not_settled() -> None:
    assert "settled:AID" not in evidence_of("Iran delivered a message to Washington.")[0].features
    assert "settled:AID" not in evidence_of("Iran could supply drones to Russia.")[0].features
    assert "settled:SUPPORT" not in evidence_of("Russia supported the idea of a summit.")[0].features


def test_meetings_told_outright_are_settled() -> None:
    body = "Secretary Austin spoke with Israeli Defense Minister Yoav Gallant on Sunday."
    assert "settled:CONSULT" in evidence_of(body)[0].features
    body = "Blinken held talks with Iraq's prime minister in Baghdad on Monday."
    assert "settled:CONSULT" in evidence_of(body)[0].features
    assert "settled:CONSULT" not in evidence_of("Erdogan will meet Putin next week.")[0].features
    assert "settled:CONSULT" not in evidence_of("The minister spoke about the economy.")[0].features


def test_head_of_state_is_an_office_not_a_state_named_state() -> None:
    text = (
        "Arrests in Caracas\n\nCARACAS, May 4 (Reuters) - Venezuela arrested two Americans on Monday. "
        "The Head of State accused the governments of the United States and Colombia of the raid."
    )
    extraction = _extraction(text, "2020-05-04")
    assert "State" not in {e.name for e in extraction.entities}
    assert "State" not in {e.actor for e in extraction.events}


def test_an_operation_launched_against_a_party_is_an_attack() -> None:
    body = (
        "ANKARA, Oct. 9 (AA) - Turkey on Wednesday launched Operation Peace Spring against Kurdish militants "
        "in northern Syria."
    )
    assert {e.type for e in events_in(body)} == {"ASSAULT"}
    body = "The Saudi-led coalition launched an operation against Houthi militias in Yemen on Thursday."
    assert _pairs(body, "ASSAULT") == {("SAU", "YEM")}


def test_a_warplane_downed_is_an_attack_on_its_owner() -> None:
    body = "Turkish jets downed a Russian warplane near the Syrian border on Tuesday."
    assert _pairs(body, "ASSAULT") == {("TUR", "RUS")}


def test_those_martyred_were_killed() -> None:
    body = "Two Iranian border guards were martyred by Pakistani militants on Sunday."
    assert _pairs(body, "ASSAULT") == {("PAK", "IRN")}


def test_goods_exported_to_a_party_are_settled_trade() -> None:
    body = "Iran exported 1.5 million barrels of oil a day to China last year."
    assert "settled:COOPERATE" in evidence_of(body)[0].features
    assert _pairs(body, "COOPERATE") == {("IRN", "CHN")}
    assert "settled:COOPERATE" not in evidence_of("Russia could sell gas to China.")[0].features
