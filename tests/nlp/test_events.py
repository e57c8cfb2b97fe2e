"""Events read from sentences written for these tests, through the real parser and knowledge base
(places aside: the sentences' events need no gazetteer)."""

from __future__ import annotations

import pytest

from watchfloor.kb import load_kb
from watchfloor.layout import analyse_layout
from watchfloor.nlp.clean import clean_for_parser
from watchfloor.nlp.entities import EntityResolver
from watchfloor.nlp.event_rules import dates_trigger
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


def test_two_parties_acting_together_make_one_pair() -> None:
    found = events_of("Armenia and Azerbaijan signed a border agreement on Tuesday.")
    assert ("AGREE", "ARM", "AZE") in dyads(found)


def test_a_false_claim_is_the_claimants_accusation_and_its_content_no_event() -> None:
    found = events_of("Syrian state media falsely claimed that Turkey bombed a hospital in Idlib.")
    assert ("ACCUSE", "SYR", "TUR") in dyads(found)
    assert not [e for e in found if e.type == "ASSAULT"]


def test_a_reported_future_act_is_the_speakers_promise() -> None:
    found = events_of(
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said Qatar will supply gas to Egypt."
    )
    promise = next(e for e in found if e.type == "AGREE")
    assert (promise.actor_country, promise.recipient_country) == ("QAT", "EGY")
    assert not [e for e in found if e.type == "AID"]


def test_aims_topics_habits_and_possibilities_to_come_are_not_events() -> None:
    assert not [
        e for e in events_of("Oman sent envoys to Tehran to support the talks.") if e.type == "SUPPORT"
    ]
    assert not [e for e in events_of("Jordan and Iraq discussed deepening trade.") if e.type == "COOPERATE"]
    assert not [e for e in events_of("The institute provides weekly maps to Congress.") if e.type == "AID"]
    assert not events_of("Turkey could deliver drones to Ukraine.")


def test_ongoing_activity_is_dated_to_its_since_phrase() -> None:
    found = events_of("Iran has exported oil to China since Washington withdrew from the deal in May 2018.")
    export = next(e for e in found if e.type == "COOPERATE")
    assert export.date == "2018-05"


def test_a_since_phrase_naming_a_known_event_dates_the_ongoing_activity() -> None:
    found = events_of(
        "Turkey has expanded its trade with Azerbaijan since the start of Russia's invasion of Ukraine."
    )
    assert [e.date for e in found if e.type == "COOPERATE"] == ["2022-02-24"]


def test_a_known_event_after_the_report_is_not_read() -> None:
    found = events_of(
        "Turkey has expanded its trade with Azerbaijan since the start of Russia's invasion of Ukraine.",
        published="2020-05-04",
    )
    assert [e.date for e in found if e.type == "COOPERATE"] == ["2020-05-04"]


def test_a_word_in_the_subject_of_a_perfect_is_dated_by_its_since_phrase() -> None:
    found = events_of(
        "Worries about growing trade between Iran and Venezuela have risen steadily since Washington"
        " imposed sanctions on Caracas in March 2019."
    )
    assert [e.date for e in found if e.type == "COOPERATE"] == ["2019-03"]


def test_a_perfect_given_as_a_reason_keeps_no_date_but_news_in_the_perfect_does() -> None:
    reason = events_of("Qatar backs the plan, in part because Qatar has signed a defense pact with Turkey.")
    assert [e.date for e in reason if e.type == "AGREE"] == [None]
    news = events_of("Qatar has signed a defense pact with Turkey.")
    assert [e.date for e in news if e.type == "AGREE"] == ["2024-02-03"]


def test_what_is_going_on_now_is_dated_to_the_report_and_dates_its_paragraph() -> None:
    found = events_of(
        "Qatar and Oman are discussing a maritime security pact. They may have met in Muscat as well."
    )
    talks, drill = (next(e for e in found if e.trigger == t) for t in ("discussing", "met"))
    assert talks.date == "2024-02-03" and drill.date == "2024-02-03"


@pytest.mark.parametrize(
    "sentence",
    [
        "Emir Tamim bin Hamad Al Thani announced that Qatar and Turkey will expand trade"
        " during a press conference in Ankara on January 29.",
        "Officials said Turkish Defense Minister Yasar Guler discussed plans with Qatari officials"
        " to build a naval base during the emir's January 29 trip.",
    ],
)
def test_an_occasion_an_act_happened_during_dates_it(sentence: str) -> None:
    found = [e for e in events_of(sentence) if e.trigger in {"trade", "discussed"}]
    assert found and all(e.date == "2024-01-29" for e in found)


def test_a_date_belongs_to_its_own_trigger() -> None:
    found = events_of(
        "Saudi officials met Chinese envoys to follow up on Xi Jinping's visit to Riyadh in December 2022."
    )
    meeting = next(e for e in found if e.trigger == "met")
    assert meeting.date != "2022-12"


def test_an_unnamed_group_keeps_its_phrase_and_no_country() -> None:
    found = events_of("European states condemned Iran on Friday.")
    event = next(e for e in found if e.type == "ACCUSE")
    assert (event.actor, event.actor_country, event.recipient_country) == ("European states", None, "IRN")


def test_a_possessive_pronoun_on_the_object_is_the_subject() -> None:
    found = events_of("Egypt and Sudan expanded their military exercises in March.")
    assert ("COOPERATE", "EGY", "SDN") in dyads(found)


@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        ("Russia delivered 12 Su-35 jets to Iran in March.", "12 Su-35 jets"),
        (
            "Iraq exported about 3.3 million barrels of oil per day to India in May.",
            "about 3.3 million barrels of oil per day",
        ),
        ("Qatar signed a trade agreement with Oman on Monday.", None),
    ],
)
def test_quantities_stated_in_what_was_acted_on(sentence: str, quantity: str | None) -> None:
    event = next(e for e in events_of(sentence) if e.type in {"AID", "COOPERATE", "AGREE"})
    assert event.quantity == quantity


def test_nominal_attacks_carried_by_a_verb_or_an_instrument() -> None:
    staged = events_of("Iraqi militants staged a rocket attack at a Turkish base in Duhok on Monday.")
    assert ("ASSAULT", "IRQ", "TUR") in dyads(staged)
    answered = events_of("Israel retaliated with airstrikes on Hezbollah positions on Sunday.")
    assert ("ASSAULT", "ISR", "LBN") in dyads(answered)


def test_a_sponsored_group_is_not_its_sponsor() -> None:
    found = events_of("Iranian-backed militias attacked a US base in Syria on Tuesday.")
    attack = next(e for e in found if e.type == "ASSAULT")
    assert attack.actor == "Iranian-backed militias" and attack.actor_country is None


def test_a_reported_future_attack_is_the_speakers_threat() -> None:
    found = events_of(
        "The Israeli defense minister said Israel will strike Hezbollah if the attacks continue."
    )
    assert ("THREATEN", "ISR", "LBN") in dyads(found)
    assert not [e for e in found if e.type == "ASSAULT"]


def test_a_light_verb_lets_its_noun_say_what_happened() -> None:
    found = events_of("Iran launched a missile attack on Israel on Saturday.")
    assert ("ASSAULT", "IRN", "ISR") in dyads(found)
    assert not [e for e in found if e.type == "AID"]
    assert next(e for e in found if e.type == "ASSAULT").quantity is None  # no count, and no "first"


def test_an_event_noun_inside_a_dated_acts_object_shares_its_date() -> None:
    """The date owned by "adopted" dates the condemnation its object expresses, but not an attack
    named in a clause of its own tense inside that object."""
    doc = load_nlp()(
        "In March, the council adopted a statement expressing condemnation of the raids"
        " that the envoy described after the attack."
    )
    words = {t.text: t for t in doc}
    adopted = words["adopted"]
    assert dates_trigger(adopted, words["condemnation"])
    assert not dates_trigger(adopted, words["attack"])


def test_a_word_of_several_readings_takes_the_one_its_object_names() -> None:
    warned = events_of("North Korea warned Washington of overwhelming consequences on Friday.")
    assert ("THREATEN", "PRK", "USA") in dyads(warned)
    assert not [e for e in warned if e.type == "ACCUSE"]
    told = events_of("The United States warned Iran that its drone transfers to Russia broke the law.")
    assert ("ACCUSE", "USA", "IRN") in dyads(told)


def test_a_sea_is_where_not_whom() -> None:
    found = events_of("The Houthis said they hit a tanker in the Red Sea, and Iran seized a ship in the Gulf")
    assert found and not [e for e in found if e.recipient in {"Red Sea", "Gulf", "Persian Gulf"}]


def test_calling_something_by_a_condemning_name_is_a_judgement_not_a_call() -> None:
    named = events_of("Pakistan's prime minister Shehbaz Sharif called India's strikes an act of war.")
    assert "ACCUSE" in {e.type for e in named} and "CONSULT" not in {e.type for e in named}
    neutral = events_of("Iranian traders called the arrangement with Russia a swap deal.")
    assert not [e for e in neutral if e.type in {"CONSULT", "ACCUSE"}]
    assert "CONSULT" in {e.type for e in events_of("Emmanuel Macron called Volodymyr Zelensky on Monday.")}


def test_a_verb_in_an_idiom_of_its_type_reports_no_event_of_it() -> None:
    assert not [e for e in events_of("The ceasefire between Israel and Hezbollah took effect on Wednesday.")
                if e.type == "COERCE"]  # fmt: skip
    assert "COERCE" in {e.type for e in events_of("Houthi fighters took control of the Galaxy Leader.")}


def test_drills_with_a_partner_cooperate_and_drills_held_alone_mobilise() -> None:
    assert dyads(events_of("Russia and Belarus held joint drills near the Polish border.")) == {
        ("COOPERATE", "RUS", "BLR")
    }
    assert dyads(events_of("Egypt held naval exercises with Greece.")) == {("COOPERATE", "EGY", "GRC")}
    assert {e.type for e in events_of("Iran staged naval drills in the Strait of Hormuz on Monday.")} == {
        "MOBILIZE"
    }
