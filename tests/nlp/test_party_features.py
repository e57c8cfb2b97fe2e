"""Unnamed parties and the state they belong to (`party_features.unnamed_party`)."""

from __future__ import annotations

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.extract import parse_documents, read_document


def parties_of(text: str) -> dict[str, Party]:
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    paragraphs = next(parse_documents([(document, layout)]))
    _, evidence = read_document(document, layout, paragraphs)
    return {p.name: p for e in evidence for p in e.parties if p.label == "GROUP"}


def test_a_state_named_twice_still_owns_the_group_its_second_mention_modifies() -> None:
    # the second "U.S." is the same party as "The United States", whose head is the first mention
    found = parties_of("The United States said militias attacked U.S. personnel in Syria.")
    assert found["U.S. personnel"].country == "USA"


def test_an_organ_of_state_is_of_the_state_it_is_in_or_of() -> None:
    found = parties_of("The regime in Iran jailed dozens of students.")
    assert found["The regime"].country == "IRN"
    assert "group_of_state" in found["The regime"].features
    assert parties_of("Authorities in Basra detained a journalist.")["Authorities"].country == "IRQ"


def test_a_states_proxies_and_allies_are_not_the_state() -> None:
    found = parties_of("Iran said Iranian proxies and U.S. allies met in Baghdad.")
    assert found["Iranian proxies"].country is None
    assert found["U.S. allies"].country is None
