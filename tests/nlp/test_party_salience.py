"""How prominent a party is in its document (`party_salience.mark_salience`)."""

from __future__ import annotations

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.extract import parse_documents, read_document


def evidence_of(text: str) -> list[SentenceEvidence]:
    document = Document(text, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(text)
    paragraphs = next(parse_documents([(document, layout)]))
    return read_document(document, layout, paragraphs)[1]


def test_the_parties_a_report_keeps_naming_are_marked_as_its_subject() -> None:
    evidence = evidence_of(
        "Iran sent drones to Russia. Iran denied it. Iran's envoy met Chinese officials in Tehran. "
        "Iran and Syria signed a deal."
    )
    last = {p.name: p for p in evidence[-1].parties}
    assert "sal:3" in last["Iran"].features
    assert "sal:1" in last["Syria"].features
    index = evidence[-1].parties.index(last["Iran"])
    roles = [features for (_, at), features in evidence[-1].role_features.items() if at == index]
    assert roles and all("sal:3" in features for features in roles)
