"""Who may stand in an event's roles and what a party's place in the parse tells the model, on
sentences written for these tests: a month's name is no trigger, a merchant ship strikes no one,
and a party inside a relative clause is marked as such."""

from __future__ import annotations

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_evidence import Party, SentenceEvidence, role_features
from watchfloor.nlp.event_model_file import load_event_model
from watchfloor.nlp.extract import parse_documents, read_document
from watchfloor.nlp.model import load_nlp


def evidence_of(body: str) -> list[SentenceEvidence]:
    document = Document(body, "t.txt", "t.txt", "text", published="2024-03-08")
    layout = analyse_layout(body)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    return evidence


def test_a_months_name_is_no_march() -> None:
    dated = evidence_of("WASHINGTON, March 6 - The Houthis fired two missiles at a tanker in the Red Sea.")
    assert "PROTEST" not in dated[0].templates
    assert "ASSAULT" in dated[0].templates
    marched = evidence_of("Thousands of students joined a march in Tbilisi on Sunday.")
    assert "PROTEST" in marched[0].templates


def test_a_merchant_ship_strikes_no_one_even_when_a_trigger_turns_round() -> None:
    evidence = evidence_of(
        "Two of the missiles hit the bulk carrier M/V Sea Lantern, and a third was shot down by"
        " the destroyer USS Carney."
    )[0]
    model = load_event_model()
    assert model is not None and evidence.templates["ASSAULT"].inverse
    names = [p.name for p in evidence.parties]
    merchant = next(i for i, p in enumerate(evidence.parties) if "Sea Lantern" in p.name)
    warship = next(i for i, p in enumerate(evidence.parties) if "Carney" in p.name)
    actor_p = model.role_probabilities(evidence, "ASSAULT", "actor")
    recipient_p = model.role_probabilities(evidence, "ASSAULT", "recipient")
    pairs = model.pair_scores(evidence, "ASSAULT", actor_p, recipient_p, None)
    # roles as the grammar has them: the shooter is the subject, so the turned-round actor is the
    # recipient slot; the merchant ship never fills it, the warship may
    assert not [pair for pair in pairs if pair[1] == merchant], names
    assert [pair for pair in pairs if pair[1] == warship]


def test_a_party_inside_a_relative_clause_is_marked_as_standing_there() -> None:
    doc = load_nlp()("Iran continued its provision of drones to militias that threaten Israel.")
    words = {t.text: t for t in doc}
    provision = words["provision"]
    israel = Party("Israel", "ISR", "state:ISR", "GPE", words["Israel"], [])
    militias = Party("militias", None, None, "GROUP", words["militias"], [])
    assert "up:relcl" in role_features(israel, provision, False, True)
    assert not [f for f in role_features(militias, provision, False, False) if f.startswith("up:")]


def test_a_war_named_as_background_is_no_attack_and_one_launched_is() -> None:
    def attack_is_event(body: str) -> bool:
        evidence = evidence_of(body)[0]
        return "ASSAULT" in evidence.templates and "standing:ASSAULT" not in evidence.features

    assert not attack_is_event("Russia moved drones it bought from Iran to Crimea for its war on Ukraine.")
    assert not attack_is_event("Putin has visited Tehran twice since the invasion began.")
    assert attack_is_event("Moscow launched its invasion of Ukraine in February 2022.")
