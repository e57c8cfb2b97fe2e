"""Events read from sentences written for these tests, through the real parser and knowledge base
(places aside: the sentences' events need no gazetteer)."""

from __future__ import annotations

import pytest

from watchfloor.kb import load_kb
from watchfloor.layout import analyse_layout
from watchfloor.nlp.clean import clean_for_parser
from watchfloor.nlp.entities import EntityResolver
from watchfloor.nlp.events import ParagraphEvents
from watchfloor.nlp.mentions import paragraph_mentions
from watchfloor.nlp.model import load_nlp
from watchfloor.nlp.triggers import load_lexicon
from watchfloor.nlp.types import Event


def events_of(paragraph: str, published: str = "2024-02-03") -> list[Event]:
    text = f"Desk Note\n\n{paragraph}"
    layout = analyse_layout(text)
    body = next(p for p in layout.passages if p.kind == "paragraph" and p.start > 0)
    doc = load_nlp()(clean_for_parser(text)[body.start : body.end])
    kb = load_kb()
    mentions = paragraph_mentions(doc, body.start, kb)
    resolver = EntityResolver(kb, text)
    for mention in mentions:
        resolver.resolve(mention)
    sentences = [p for p in layout.passages if p.kind == "sentence" and p.start >= body.start]
    reader = ParagraphEvents(
        doc, body.start, text, mentions, resolver.entities, {}, sentences, load_lexicon(), published
    )
    return reader.events()


def dyads(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor_country, e.recipient_country) for e in events}


def test_a_signing_between_two_officials_is_an_agreement_between_their_states() -> None:
    found = events_of(
        "Turkish Foreign Minister Hakan Fidan signed a trade agreement with Qatar on January 30."
    )
    assert ("AGREE", "TUR", "QAT") in dyads(found)
    event = next(e for e in found if e.type == "AGREE")
    assert event.date == "2024-01-30" and event.certainty == "asserted"


def test_coordinated_actors_each_act() -> None:
    found = events_of("Egypt and Jordan condemned Israel on Monday.")
    assert {("ACCUSE", "EGY", "ISR"), ("ACCUSE", "JOR", "ISR")} <= dyads(found)


def test_a_claim_is_attributed_to_its_source() -> None:
    found = events_of("Ukraine claimed that Russia attacked Odesa with Iranian drones on February 1.")
    attack = next(e for e in found if e.type == "ASSAULT")
    assert attack.certainty == "attributed" and attack.source == "Ukraine"
    assert attack.actor_country == "RUS"


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("Iran may have supplied missiles to Russia in January.", "possible"),
        ("Iran likely supplied missiles to Russia in January.", "likely"),
        ("Iran did not supply missiles to Russia in January.", "denied"),
    ],
)
def test_the_authors_stance_is_kept(sentence: str, certainty: str) -> None:
    event = next(e for e in events_of(sentence) if e.type == "AID")
    assert event.certainty == certainty
    assert (event.actor_country, event.recipient_country) == ("IRN", "RUS")


def test_forecasts_and_false_claims_are_not_events() -> None:
    assert not [e for e in events_of("Iran will supply missiles to Russia next year.") if e.type == "AID"]
    falsely = events_of("Iranian media falsely claimed that Israel attacked Syria.")
    assert not [e for e in falsely if e.type == "ASSAULT"]


def test_the_sentence_and_its_note_markers_travel_with_the_event() -> None:
    found = events_of(
        "Oman hosted talks between Iran and the United States in Muscat.[4] Nothing else happened."
    )
    event = next(e for e in found if e.type == "CONSULT")
    assert event.text.endswith("Muscat.[4]") and event.markers == ("4",)
