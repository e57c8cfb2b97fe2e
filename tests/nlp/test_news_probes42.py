"""Mechanisms read off news stories written for session 42, each on sentences written here."""

from __future__ import annotations

from tests.nlp.test_entities import extract
from tests.nlp.test_event_model import first_evidence


def _party_countries(body: str) -> dict[str, str | None]:
    return {p.name: p.country for p in first_evidence(body).parties}


def test_prosecutors_courts_and_soldiers_are_organs_of_the_state_the_story_is_in() -> None:
    parties = _party_countries(
        "Prosecutors in Ankara accused the mayor of corruption and soldiers sealed off the town hall."
    )
    assert parties["Prosecutors"] == "TUR" and parties["soldiers"] == "TUR"
    # but not a state's own organ abroad, whose state the phrase names
    assert _party_countries("Russian soldiers shelled villages near Kharkiv.")["Russian soldiers"] == "RUS"


def test_a_person_holds_the_state_of_the_office_held_on_the_documents_date() -> None:
    # the knowledge base: Mark Rutte, Prime Minister of the Netherlands until July 2024, then
    # NATO's Secretary General (an official of no state)
    _, entities = extract("Mark Rutte met Volodymyr Zelensky in Kyiv on Friday.")  # (2024-02-03)
    assert entities["Mark Rutte"]["country"] == "NLD"


def test_a_person_of_no_state_known_is_of_the_state_the_story_is_about() -> None:
    _, entities = extract(
        "Georgian police raided the offices of three opposition parties in Tbilisi on Wednesday. "
        "Nika Gvaramia was carried out of the building unconscious, Georgia's opposition said."
    )
    assert entities["Nika Gvaramia"]["country"] == "GEO"
    # not one the knowledge base knows, nor an official named by an office alone
    _, entities = extract(
        "Iran expanded its stockpile, Director General John Smith told the Board. "
        "Antonio Guterres called on Iran to cooperate."
    )
    assert entities["John Smith"]["country"] is None
    assert entities["António Guterres"]["country"] is None
