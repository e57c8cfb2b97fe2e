"""The event model end to end, on sentences written for these tests: what the trained decisions and
the mechanisms around them make of headlines, interceptions, sites, references back, weekdays and
datelines; and the shipped model file, the lexicon and the gazetteer cache checked as data."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_authors import author_country
from watchfloor.nlp.event_evidence import EventTemplate, Party, SentenceEvidence
from watchfloor.nlp.event_model import EventModel
from watchfloor.nlp.event_model_file import load_event_model, parse_model
from watchfloor.nlp.event_scorers import Linear, Thresholds
from watchfloor.nlp.event_stance import stance_of_event
from watchfloor.nlp.extract import extract_document, parse_documents, read_document
from watchfloor.nlp.headline_case import sentence_case
from watchfloor.nlp.model import load_nlp
from watchfloor.nlp.party_pairs import pair_features
from watchfloor.nlp.quotations import open_quotation
from watchfloor.nlp.role_features import role_features
from watchfloor.nlp.sentence_evidence import token_depths
from watchfloor.nlp.triggers import load_lexicon
from watchfloor.nlp.types import Event


def events_in(body: str, published: str | None = "2024-02-03", title: str = "Desk Note") -> list[Event]:
    text = f"{title}\n\n{body}"
    document = Document(text, "t.txt", "t.txt", "text", published=published)
    return extract_document(document, analyse_layout(text)).events


def readings_in(body: str, title: str = "Desk Note") -> list[Event]:
    """The events the model reads, incomplete ones too (whom an event names, not whether its
    confidence carries it past the thresholds for a role left empty or a party of no state)."""
    model = load_event_model()
    assert model is not None
    document = Document(f"{title}\n\n{body}", "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(document.text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    lenient = replace(model.thresholds, nobody=0.0, stateless=0.0)
    return replace(model, thresholds=lenient).document_events(evidence)


def of_sentence(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if words in e.text]


def test_the_package_ships_a_model_that_loads() -> None:
    model = load_event_model()
    assert model is not None and set(model.types) >= {"ASSAULT", "AGREE", "SANCTION"}
    assert 0.0 < model.thresholds.type < 1.0


def test_an_interception_is_the_attackers_assault() -> None:
    found = events_in(
        "Ukraine shot down 15 Russian drones overnight, the Ukrainian air force said on Friday."
    )
    assault = next(e for e in found if e.type == "ASSAULT")
    assert (assault.actor_country, assault.recipient_country) == ("RUS", "UKR")
    assert assault.certainty == "attributed"


def first_evidence(body: str) -> SentenceEvidence:
    """The evidence of a one-sentence text."""
    document = Document(body, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(body)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    return evidence[0]


def attack_template(body: str) -> EventTemplate | None:
    """The ASSAULT template of a one-sentence text's evidence, if it has one."""
    return first_evidence(body).templates.get("ASSAULT")


def test_destroying_drones_reads_as_an_interception_and_destroying_a_depot_does_not() -> None:
    def inverse(body: str) -> bool:
        template = attack_template(body)
        assert template is not None
        return template.inverse

    assert inverse("Russian air defences destroyed 12 Ukrainian drones over Belgorod.")
    assert inverse("Two Houthi missiles were destroyed by USS Carney.")
    assert not inverse("Ukrainian forces destroyed a Russian ammunition depot near Kherson.")
    # intercepting a projectile turns the roles round; intercepting a ship or its cargo is no
    # attack at all (a seizure)
    assert inverse("Israeli air defences intercepted most of the Iranian missiles on Saturday.")
    assert inverse("The interception of two Houthi drones over the Red Sea was confirmed.")
    assert attack_template("The navy intercepted a stateless dhow smuggling rifles off Oman.") is None


def test_an_attack_answered_by_another_makes_two_events() -> None:
    found = events_in(
        "Israeli warplanes struck Hezbollah positions in southern Lebanon on Wednesday, hours after "
        "Hezbollah fired a barrage of rockets at northern Israel."
    )
    pairs = {(e.actor_country, e.recipient_country) for e in found if e.type == "ASSAULT"}
    assert {("ISR", "LBN"), ("LBN", "ISR")} <= pairs
    second = next(e for e in found if e.type == "ASSAULT" and e.actor_country == "LBN")
    assert second.trigger == "fired"


def test_states_listed_together_each_act() -> None:
    # the parser takes "South Korea" for an apposition of "The U.S."; the list is three actors
    found = events_in(
        "The U.S., South Korea, and Japan strongly condemned North Korea’s missile launch on Friday."
    )
    assert {(e.actor_country, e.recipient_country) for e in found if e.type == "ACCUSE"} == {
        ("USA", "PRK"), ("KOR", "PRK"), ("JPN", "PRK")}  # fmt: skip


def test_a_site_stands_for_its_holder_and_a_place_is_never_a_party() -> None:
    found = events_in("Iranian-backed militias attacked a US base in Syria on Tuesday.")
    attack = next(e for e in found if e.type == "ASSAULT")
    assert attack.actor == "Iranian-backed militias" and attack.actor_country is None
    assert attack.recipient_country == "USA" and attack.date == "2024-01-30"
    shelling = events_in(
        "Belarusian troops fired artillery at the Lithuanian border village of Druskininkai on May 10, 2024,"
        " the border guard said."
    )
    fired = next(e for e in shelling if e.type == "ASSAULT")
    # the village stands for its state, and the guard who reports the shelling is not its target
    assert (fired.actor_country, fired.recipient, fired.recipient_country) == ("BLR", "Lithuania", "LTU")


def test_a_host_state_filling_an_empty_target_is_as_sure_as_the_empty_target_was() -> None:
    """ "Russian drones struck a power plant in Kharkiv": the model names no party the target, and
    the city's state takes the place (GUIDE) with that certainty, not with the low probability the
    model gave the place itself as a party."""
    strike = EventTemplate("struck", None, None, None, "asserted", None, None, True)
    russia = Party("Russia", "RUS", "state:RUS", "NORP", None, ["actor"])
    ukraine = Party("Ukraine", "UKR", "state:UKR", "GPE", None, ["loc", "prep:in"])
    evidence = SentenceEvidence(
        start=0, end=57, text="Russian drones struck a power plant in Kharkiv on Monday.", markers=(),
        features=[], parties=[russia, ukraine], rule_events=[], templates={"ASSAULT": strike, "": strike},
    )  # fmt: skip
    model = EventModel(
        {"ASSAULT": Linear(5.0, {})}, Linear(0.0, {"actor": 4.0}), Linear(0.0, {"loc": -3.0}),
        Thresholds(0.5, 1.01),
    )  # fmt: skip
    recipient_p = model.role_probabilities(evidence, "ASSAULT", "recipient")
    assert recipient_p[1] < 0.05 < recipient_p[2]  # the place itself is unlikely, nobody likely
    (attack,) = model.events(evidence)
    assert (attack.actor_country, attack.recipient_country) == ("RUS", "UKR")
    p_type = model.type_probabilities(evidence)["ASSAULT"]
    actor_p = model.role_probabilities(evidence, "ASSAULT", "actor")[0]
    assert attack.confidence == pytest.approx(p_type * math.sqrt(actor_p * recipient_p[2]), abs=1e-4)


def test_an_event_with_no_one_in_either_role_is_never_told() -> None:
    """ "We need more air defence," he said: a request of no one by no one named is nothing an
    analyst can use, however sure the model is of its type."""
    need = EventTemplate("need", None, None, None, "asserted", None, None, True)
    evidence = SentenceEvidence(
        start=0, end=30, text="We need more air defence.", markers=(), features=[], parties=[],
        rule_events=[], templates={"REQUEST": need, "": need},
    )  # fmt: skip
    model = EventModel({"REQUEST": Linear(5.0, {})}, Linear(0.0, {}), Linear(0.0, {}), Thresholds(0.5, 0.0))
    assert [e.type for e in model.events(evidence)] == ["REQUEST"]  # read, but not told
    assert model.document_events([evidence]) == []


def test_the_reporters_state_is_no_target_of_what_it_reports_unless_named_for_one() -> None:
    said = ", South Korea's military said."
    fired = "North Korea launched two ballistic missiles into the sea on Tuesday" + said
    assert not [e for e in readings_in(fired) if e.recipient_country == "KOR"]
    shelled = "North Korea fired artillery at South Korea's border island on Tuesday" + said
    assert ("PRK", "KOR") in {(e.actor_country, e.recipient_country) for e in readings_in(shelled)}


def test_a_headline_prefix_names_who_reports_it() -> None:
    found = readings_in(
        "A drone struck the al-Tanf garrison on Tuesday.", title="US: Drone attack targets base in Syria"
    )
    headline = of_sentence(found, "Drone attack targets")
    assert headline and all(e.certainty == "attributed" and e.source == "US" for e in headline)
    assert all(e.actor != "United States" for e in headline)


def test_a_group_named_before_acts_again_in_the_next_sentence() -> None:
    found = events_in(
        "Hamas fighters attacked Israeli towns on Saturday. The group also fired rockets at Tel Aviv."
    )
    later = next(e for e in of_sentence(found, "fired rockets") if e.type == "ASSAULT")
    assert (later.actor_country, later.recipient_country) == ("PSE", "ISR")


def test_weekdays_resolve_against_the_report_and_a_dateline_dates_an_undated_report() -> None:
    (strike,) = [
        e for e in events_in("On Tuesday, Israel struck Iranian air defences.") if e.type == "ASSAULT"
    ]
    assert (strike.actor_country, strike.recipient_country, strike.date) == ("ISR", "IRN", "2024-01-30")
    undated = events_in(
        "Israel struck Iranian air defences near Isfahan.", published=None, title="VIENNA, June 5, 2023"
    )
    assert next(e for e in undated if e.type == "ASSAULT").date == "2023-06-05"
    # no date of its own anywhere at the top: a day and month take the year of the latest full
    # date the report names
    unanchored = events_in(
        "The talks of March 2, 2024 failed. On March 9, Israel struck Iranian air defences.",
        published=None, title="Desk Note",
    )  # fmt: skip
    assert next(e for e in unanchored if e.type == "ASSAULT").date == "2024-03-09"


def test_a_later_paragraphs_the_strikes_keeps_the_date_the_report_gave_them() -> None:
    found = events_in(
        "Britain carried out strikes on Houthi radar sites on Monday.\n\n"
        "The strikes were directed at three sites near Hodeidah, the ministry said."
    )
    assert {e.date for e in of_sentence(found, "were directed") if e.type == "ASSAULT"} == {"2024-01-29"}
    # a deed of long before is not what a report's "the deal" points back to
    old = events_in(
        "Iran signed the nuclear deal with France on July 14, 2015.\n\n"
        "Iran and France extended the deal, Tehran said."
    )  # (a deal that "held" is a standing condition, no deed: GUIDE)
    assert {e.date for e in of_sentence(old, "extended") if e.type == "AGREE"} == {"2024-02-03"}


def test_a_speaker_who_is_the_actor_asserts_and_every_event_has_a_confidence() -> None:
    found = events_in("Secretary of State Antony Blinken said Iran's program is a reckless provocation.")
    accusation = next(e for e in found if e.type == "ACCUSE")
    assert (accusation.actor_country, accusation.recipient_country) == ("USA", "IRN")
    assert accusation.certainty == "asserted" and accusation.source is None
    assert all(0.0 <= e.confidence <= 1.0 for e in found)


def test_a_malformed_model_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": "watchfloor-event-model/1", "types": {"AID": {"bias": "x"}}}))
    with pytest.raises(ConfigError, match=r"model\.json: malformed event model"):
        parse_model(json.loads(path.read_text()), str(path))
    with pytest.raises(ConfigError, match="not an event model"):
        parse_model({"format": "something else"}, "other.json")


def test_the_second_trigger_threshold_is_read_from_the_model_file() -> None:
    raw = {
        "format": "watchfloor-event-model/1", "types": {"AID": {"bias": 0.0, "weights": {}}},
        "actor": {"bias": 0.0, "weights": {}}, "recipient": {"bias": 0.0, "weights": {}},
        "thresholds": {"type": 0.3, "extra_party": 0.02, "rule": 0.1, "second": 0.05,
                       "by_type": {"AID": 0.2}},
    }  # fmt: skip
    model = parse_model(raw, "m.json")
    assert (model.thresholds.second, model.thresholds.by_type) == (0.05, {"AID": 0.2})
    del raw["thresholds"]["second"]  # type: ignore[attr-defined]
    assert parse_model(raw, "m.json").thresholds.second == 1.01  # an older file: no second events
    older = parse_model(raw, "m.json").thresholds
    assert (older.nobody, older.stateless) == (0.0, 0.0)  # ... and every event whole enough
    raw["thresholds"].update(nobody=0.3, stateless=0.2)  # type: ignore[attr-defined]
    newer = parse_model(raw, "m.json").thresholds
    assert (newer.nobody, newer.stateless) == (0.3, 0.2)
    # a threshold is a probability: 5 would silently drop every event
    raw["thresholds"].update(nobody=5)  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match=r"m\.json: .*thresholds\.nobody: 5 is not a probability"):
        parse_model(raw, "m.json")
    raw["thresholds"].update(nobody=0.3, by_type={"AID": -0.1})  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match=r"thresholds\.by_type\.AID"):
        parse_model(raw, "m.json")


def test_an_inverse_word_must_be_one_of_its_types_triggers(tmp_path: Path) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text("ASSAULT:\n  verbs: [strike]\n  inverse: [parry]\n")
    with pytest.raises(ConfigError, match=r"ASSAULT\.inverse: parry not among its verbs or nouns"):
        load_lexicon(bad)
    good = tmp_path / "good.yaml"
    good.write_text("ASSAULT:\n  verbs: [strike, parry]\n  inverse: [parry]\n")
    assert load_lexicon(good).inverse["ASSAULT"] == frozenset({"parry"})


def test_a_government_site_speaks_for_its_state() -> None:
    def made(url: str | None, outlet: str | None = None) -> str | None:
        return author_country(Document("x", "x", "x", "text", url=url, outlet=outlet))

    assert made("https://www.state.gov/briefings/") == "USA" and made(None, "centcom.mil") == "USA"
    assert made("https://www.gov.uk/news") == "GBR" and made("https://mil.ru/x") == "RUS"
    assert made("https://www.presstv.ir/Detail") is None and made("https://example.com/a") is None


def test_according_to_attributes_and_an_own_sides_act_stays_attributed() -> None:
    found = events_in(
        "Israeli strikes killed 12 people in Gaza, according to Palestinian health officials. "
        "Israel struck military sites in Iran early on Saturday, the Israeli military said."
    )
    strikes = [e for e in of_sentence(found, "according to") if e.type == "ASSAULT"]
    assert strikes and strikes[0].certainty == "attributed" and strikes[0].source
    assert "health officials" in strikes[0].source
    own = [e for e in of_sentence(found, "military said") if e.type == "ASSAULT"]
    assert own and own[0].actor_country == "ISR" and own[0].certainty == "attributed"


def test_an_outlet_told_the_news_is_no_party_and_any_attack_is_none_yet() -> None:
    found = events_in(
        "Hamas rejected the latest ceasefire proposal, a senior official told Reuters. "
        "Iran's foreign minister said Tehran would respond to any Israeli attack."
    )
    assert not [e for e in found if "Reuters" in (e.actor, e.recipient)]
    assert not [e for e in of_sentence(found, "any Israeli attack") if e.type == "ASSAULT"]


def test_an_outlet_spoken_to_or_quoting_is_no_party() -> None:
    found = events_in(
        "A U.S. official, who spoke to CNN on condition of anonymity, said a drone struck the base. "
        "In an interview with Al Jazeera, the commander said Houthi forces attacked a tanker. "
        "Houthi forces fired missiles at a tanker, the commander was quoted by TASS as saying."
    )
    assert found
    parties = {e.actor for e in found} | {e.recipient for e in found}
    assert not {"CNN", "Al Jazeera", "TASS"} & parties


def test_a_type_with_neither_trigger_nor_actor_is_no_event() -> None:
    empty = EventTemplate("", None, None, None, "asserted", None, None, True)
    evidence = SentenceEvidence(
        start=0, end=30, text="The situation remained tense.", markers=(), features=["w:tense"],
        parties=[], rule_events=[], templates={"": empty},
    )  # fmt: skip
    sure = Linear(5.0, {})
    model = EventModel({"ACCUSE": sure}, Linear(0.0, {}), Linear(0.0, {}), Thresholds(0.5, 1.01))
    assert model.type_probabilities(evidence)["ACCUSE"] > 0.9
    assert model.events(evidence) == []
    named = Party("Iran", "IRN", "state:IRN", "GPE", None, ["lab:GPE"])
    evidence.parties = [named]
    assert [e.actor for e in model.events(evidence)] == ["Iran"]


def test_a_state_acts_on_its_own_people_but_never_on_itself() -> None:
    found = events_in(
        "Iranian security forces arrested dozens of protesters in Zahedan on Friday. "
        "Iranian authorities also detained Leila Farahani, a 30-year-old Iranian journalist."
    )
    arrests = [e for e in found if e.type == "COERCE"]
    assert arrests
    assert {(e.actor_country, e.recipient_country) for e in arrests} == {("IRN", "IRN")}
    assert all(e.actor != e.recipient for e in found)
    assert any(e.recipient == "Leila Farahani" for e in arrests)


def test_a_title_case_headline_is_read_as_a_sentence() -> None:
    line = "Treasury Sanctions Iranian Leaders Responsible for Violent Crackdown on Protests"
    recased = sentence_case(line)
    assert len(recased) == len(line)  # offsets unchanged
    assert recased.startswith("Treasury sanctions Iranian leaders responsible")
    known = sentence_case("Iran's Morality Police Detain Protesters")
    assert known.startswith("Iran's Morality Police detain")  # a name the knowledge base knows
    assert sentence_case("Iran detains two protesters in Tehran.") == "Iran detains two protesters in Tehran."
    # a sea keeps its name
    assert sentence_case("Houthis Strike Greek Tanker in Red Sea").endswith("tanker in Red Sea")
    found = events_in("Iran's weekly roundup follows.", title=line)
    sanctions = [e for e in found if e.type == "SANCTION" and e.text == line]
    assert sanctions and sanctions[0].recipient_country == "IRN"


def test_speaking_to_the_press_is_no_meeting_and_reporters_are_no_party() -> None:
    found = events_in(
        "Speaking to reporters in Geneva, the envoy said the talks had stalled. Minister Dahl "
        "briefed the press on Tuesday. Dahl met Iraqi Foreign Minister Samir Haddad on Friday."
    )
    meetings = [e for e in found if e.type == "CONSULT"]
    assert [e.text.split()[0] for e in meetings] == ["Dahl"]  # the meeting, not the briefings
    parties = {e.actor for e in found} | {e.recipient for e in found}
    assert not {"reporters", "the press"} & parties


def test_a_tokens_depth_is_counted_from_the_root_of_its_parse() -> None:
    # spaCy makes a new Token object at every access: depth must compare indices, not identity
    doc = load_nlp()("Iran's foreign minister met Russia's defense minister in Moscow, officials said.")
    depth = token_depths(doc[:])
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert depth[root.i] == 0
    assert all(depth[t.i] == depth[t.head.i] + 1 for t in doc if t.i != root.i)


def test_actor_and_recipient_are_chosen_as_the_likeliest_pair() -> None:
    """One party is a little likelier the actor but far likelier the recipient: the pair with
    the other as actor is the likelier reading, which choosing the actor first would miss."""
    template = EventTemplate("struck", None, None, None, "asserted", None, None, True)
    militia = Party("Kataib Hezbollah", "IRQ", "org:kh", "ORG", None, ["m"])
    state = Party("United States", "USA", "state:USA", "GPE", None, ["s"])
    evidence = SentenceEvidence(
        start=0, end=40, text="A U.S. strike hit Kataib Hezbollah.", markers=(), features=["w:strike"],
        parties=[militia, state], rule_events=[], templates={"ASSAULT": template, "": template},
    )  # fmt: skip
    actor = Linear(0.0, {"m": 1.2, "s": 1.0})
    recipient = Linear(0.0, {"m": 4.0, "s": -2.0})
    model = EventModel({"ASSAULT": Linear(5.0, {})}, actor, recipient, Thresholds(0.5, 1.01))
    [event] = model.events(evidence)
    assert (event.actor, event.recipient) == ("United States", "Kataib Hezbollah")


def test_the_pair_scorer_weighs_which_slots_the_two_fill_together() -> None:
    """Each role alone favours the subject as actor and the "from" noun as recipient; the pair
    scorer knows that the subject of "came under fire" and the noun of its "from" are rarely actor
    and recipient together ("U.S. forces came under fire from drones of Kataib Hezbollah"), and the
    pair turns round. (A passive's subject never acts: `role_exclusions`.)"""
    template = EventTemplate("fire", None, None, None, "asserted", None, None, True)
    base = Party("U.S. forces", "USA", None, "GROUP", None, ["s"])
    militia = Party("Kataib Hezbollah", "IRQ", "org:kh", "ORG", None, ["b"])
    evidence = SentenceEvidence(
        start=0, end=40, text="U.S. forces came under fire from drones of Kataib Hezbollah.", markers=(),
        features=[],
        parties=[base, militia], rule_events=[], templates={"ASSAULT": template, "": template},
        role_features={
            ("ASSAULT", 0): ["s", "path:nsubj^vprep:under"], ("ASSAULT", 1): ["b", "path:pobj^prep:from^"]
        },
    )  # fmt: skip
    actor = Linear(0.0, {"s": 1.0, "b": 0.5, "none": -2.0})
    recipient = Linear(0.0, {"s": 0.5, "b": 1.0, "none": -2.0})
    alone = EventModel({"ASSAULT": Linear(5.0, {})}, actor, recipient, Thresholds(0.5, 1.01))
    assert [(e.actor, e.recipient) for e in alone.events(evidence)] == [("U.S. forces", "Kataib Hezbollah")]
    pair = Linear(0.0, {"slots:nsubj^vprep:under|pobj^prep:from": -3.0})
    together = replace(alone, pair=pair)
    turned = [(e.actor, e.recipient) for e in together.events(evidence)]
    assert turned == [("Kataib Hezbollah", "U.S. forces")]


def test_pair_features_name_the_slots_kinds_and_order_of_the_two() -> None:
    doc = load_nlp()("Iran and Russia signed an agreement with Belarus.")
    words = {t.text: t for t in doc}
    iran = Party("Iran", "IRN", "state:IRN", "GPE", words["Iran"], [], coordinated=[1])
    russia = Party("Russia", "RUS", "state:RUS", "GPE", words["Russia"], [], coordinated=[0])
    belarus = Party("Belarus", "BLR", "state:BLR", "GPE", words["Belarus"], [])
    signed, parties = words["signed"], [iran, russia, belarus]
    evidence = SentenceEvidence(
        start=0, end=48, text=doc.text, markers=(), features=[], parties=parties,
        rule_events=[], templates={},
        role_features={("AGREE", i): role_features(p, signed, i == 0, i == 2) for i, p in enumerate(parties)},
    )  # fmt: skip
    listed = pair_features(evidence, "AGREE", 0, 1)
    assert "listed_together" in listed and "actor_first" in listed and "labels:GPE|GPE" in listed
    across = pair_features(evidence, "AGREE", 2, 0)
    assert "recipient_first" in across and "listed_together" not in across
    assert any(f.startswith("slots:") and f.endswith("|nsubj") for f in across)
    assert pair_features(evidence, "AGREE", 0, None)[:2] == ["slots:nsubj|none", "labels:GPE|none"]


def test_role_features_see_a_speaker_saying_it_acted() -> None:
    nlp = load_nlp()
    doc = nlp("The Israeli military said it launched strikes on targets in Iran.")
    tokens = {t.text: t for t in doc}
    military, launched = tokens["military"], tokens["launched"]
    speaker = Party("Israel Defense Forces", "ISR", "org:idf", "ORG", military, ["speaker"])
    assert "says_own_act" in role_features(speaker, launched, True, False)
    plain = Party("Israel Defense Forces", "ISR", "org:idf", "ORG", military, [])
    assert "says_own_act" not in role_features(plain, launched, True, False)
    reported = nlp("The Israeli military said Iran launched strikes on targets in Israel.")
    words = {t.text: t for t in reported}
    other = Party("Israel Defense Forces", "ISR", "org:idf", "ORG", words["military"], ["speaker"])
    assert "says_own_act" not in role_features(other, words["launched"], True, False)  # Iran acts


def test_what_has_gone_on_since_a_date_is_dated_to_it() -> None:
    # "since" hangs from the last verb of the clause, yet dates what the sentence says has gone on
    found = events_in(
        "Analysts have closely followed coordinated efforts between Iran and Russia to pressure the US "
        "to leave Syria since June 2023."
    )
    assert found and all(e.date == "2023-06" for e in found)


def test_a_government_sites_we_stands_where_the_author_acts() -> None:
    text = "Statement\n\nWe condemn the Houthis for these attacks on shipping.\n\nThe talks resumed."
    document = Document(
        text, "t.txt", "t.txt", "text", url="https://www.state.gov/statement", published="2024-02-03"
    )
    layout = analyse_layout(text)
    paragraphs = next(parse_documents([(document, layout)]))
    _, evidence = read_document(document, layout, paragraphs)
    authors = {e.text: next(p for p in e.parties if p.label == "AUTHOR") for e in evidence}
    condemn = next(p for t, p in authors.items() if t.startswith("We condemn"))
    assert condemn.country == "USA" and "author_we" in condemn.features
    assert "author_we" not in authors["The talks resumed."].features


def sure_events(
    kind: str, trigger: str, text: str, parties: list[Party], actor: Linear, recipient: Linear,
    features: list[str], role_features: dict[tuple[str, int], list[str]] | None = None,
) -> list[Event]:  # fmt: skip
    """The events a model sure of the type (its trigger word `trigger`) reads from a one-sentence
    evidence, with the actor and recipient scorers given (their mistakes are what the rules mend)."""
    template = EventTemplate(trigger, None, None, None, "asserted", None, None, True)
    evidence = SentenceEvidence(
        start=0, end=len(text), text=text, markers=(), features=features, parties=parties,
        rule_events=[], templates={kind: template, "": template},
    )  # fmt: skip
    evidence.role_features = role_features or {}
    model = EventModel({kind: Linear(5.0, {})}, actor, recipient, Thresholds(0.5, 1.01))
    return model.events(evidence)


def test_an_organ_of_the_actors_own_state_is_never_its_recipient() -> None:
    police = Party("Iranian police", "IRN", None, "GROUP", None, ["group:police", "group_of_state", "p"])
    court = Party("Iranian courts", "IRN", None, "GROUP", None, ["group:court", "group_of_state", "c"])
    students = Party("Iranian students", "IRN", None, "GROUP", None, ["group:student", "group_of_state", "s"])
    actor = Linear(0.0, {"p": 5.0})
    recipient = Linear(0.0, {"c": 6.0, "s": 2.0})  # the scorer's mistake: the courts as recipient
    text = "Iranian police detained students."
    [event] = sure_events(
        "COERCE", "detained", text, [police, court, students], actor, recipient, ["w:detain"]
    )
    assert (event.actor, event.recipient) == ("Iranian police", "Iranian students")


def test_a_states_own_warship_is_never_the_recipient_of_its_state() -> None:
    navy = Party("U.S. Navy", "USA", "organization:us-navy", "ORG", None, ["n", "organ_of_state"])
    warship = Party("USS Mason", "USA", "weapon:uss mason", "VESSEL", None, ["w", "via:warship"])
    recipient = Linear(0.0, {"w": 3.0})  # the scorer's mistake: the navy's own ship as the boarded
    [event] = sure_events("COERCE", "boarded", "The U.S. Navy boarded the dhow from the USS Mason.",
                          [navy, warship], Linear(0.0, {"n": 5.0}), recipient, ["w:board"])  # fmt: skip
    assert (event.actor, event.recipient) == ("U.S. Navy", None)


def test_parties_listed_together_voice_a_charge_together_not_to_each_other() -> None:
    found = readings_in(
        "Japan and Australia also voiced concern. Britain and France demanded that Iran stop."
    )
    said = [e for e in found if e.type in {"ACCUSE", "REQUEST"}]
    assert said
    listed = {"JPN", "AUS", "GBR", "FRA"}
    assert not [e for e in said if e.actor_country in listed and e.recipient_country in listed]
    assert {e.recipient_country for e in of_sentence(said, "demanded")} == {"IRN"}


def test_the_one_accused_of_a_deed_does_it() -> None:
    found = readings_in("Britain and France accused Iran of arming the Houthis on Monday.")
    accused = [(e.actor_country, e.recipient_country) for e in found if e.type == "ACCUSE"]
    assert sorted(accused) == [("FRA", "IRN"), ("GBR", "IRN")]
    armed = [(e.actor_country, e.recipient_country) for e in found if e.type == "AID"]
    assert armed == [("IRN", "YEM")]


def test_it_after_a_sentence_about_a_thing_is_that_thing_not_a_party_it_named() -> None:
    voted = "The resolution was adopted on Thursday, while Russia abstained. "
    urged = "It urged the army to let aid into the city."
    asked = [e for e in of_sentence(readings_in(voted + urged), "It urged") if e.type == "REQUEST"]
    assert asked and not [e for e in asked if e.actor_country == "RUS"]
    asked = [e for e in of_sentence(readings_in("Russia abstained on Thursday. " + urged), "It urged")]
    assert [e.actor_country for e in asked if e.type == "REQUEST"] == ["RUS"]
    # a thing a party owns points back to the party: "Iran's aim was ... It launched"
    found = of_sentence(
        readings_in("Iran's aim was to cause damage in Israel. It launched 300 missiles at Israel."), "It"
    )
    assert [(e.actor_country, e.recipient_country) for e in found if e.type == "ASSAULT"] == [("IRN", "ISR")]


def test_a_verbs_direct_object_never_does_what_the_verb_says() -> None:
    mediator = Party("Qatar", "QAT", "state:QAT", "GPE", None, ["q"])
    asked = Party("Lebanese Hezbollah", "LBN", "organization:hezbollah", "ORG", None, ["h"])
    paths = {("REQUEST", 0): ["q", "path:pobj^agent:by^acl^nsubj^"], ("REQUEST", 1): ["h", "path:dobj^"]}
    actor = Linear(0.0, {"h": 4.0, "q": 1.0})  # the scorer's mistake: the one required as the actor
    text = "The truce, brokered by Qatar, requires Hezbollah to withdraw."
    found = sure_events("REQUEST", "requires", text, [mediator, asked], actor, Linear(0.0, {"q": 3.0}),
                        ["w:require", "tpos:REQUEST:VERB"], paths)  # fmt: skip
    assert found and all(e.actor != "Lebanese Hezbollah" for e in found)


def test_the_army_points_back_to_the_armed_force_named_before() -> None:
    found = readings_in(
        "Israeli aircraft killed a militant commander on Wednesday, the Israeli military said.\n\n"
        "The military said its jets struck a hideout in Khan Younis."
    )
    struck = [e for e in of_sentence(found, "hideout") if e.type == "ASSAULT"]
    assert [(e.actor, e.actor_country) for e in struck] == [("Israel Defense Forces", "ISR")]


def test_a_reporting_aside_attributes_the_deed_and_its_reporter_is_no_target() -> None:
    found = readings_in(
        "North Korea fired a ballistic missile off its east coast on Sunday, South Korea's military said, "
        "days after it conducted artillery drills near the border."
    )
    fired = [e for e in found if e.trigger == "fired"]  # (a launch into the sea: a show of force)
    assert fired and all(e.certainty == "attributed" for e in fired)
    assert [(e.actor_country, e.recipient) for e in fired] == [("PRK", None)]
    assert fired[0].source is not None and "military" in fired[0].source


def test_a_deed_in_a_condition_has_not_happened() -> None:
    found = readings_in("Netanyahu warned that Israel would strike Hezbollah if the group violated the deal.")
    assert "THREATEN" in {e.type for e in found}
    assert not [e for e in found if e.type in {"AGREE", "MOBILIZE"}]  # no deal made, nothing violated
    # the condition is what makes a threat of the statement
    warned = readings_in(
        "The Pentagon said it would not hesitate to strike the militias if they threatened U.S. troops."
    )
    assert "THREATEN" in {e.type for e in warned}


def test_unnamed_attackers_are_a_party() -> None:
    found = readings_in("Gunmen attacked a police station in Pakistan on Sunday.")
    assert [e.actor for e in found if e.type == "ASSAULT"] == ["Gunmen"]


def test_a_vow_of_force_is_a_threat_and_a_pledge_of_help_an_agreement() -> None:
    vowed = readings_in("Germany expelled two Russian diplomats on Wednesday. Moscow vowed to retaliate.")
    assert [e.type for e in of_sentence(vowed, "vowed")] == ["THREATEN"]
    pledged = readings_in("Denmark pledged to send its entire artillery stock to Ukraine.")
    assert [(e.type, e.recipient_country) for e in pledged] == [("AGREE", "UKR")]


def test_a_denied_claim_refuses_no_one_and_a_refusal_refuses_whom_it_names() -> None:
    denied = readings_in("Iran denied supplying the Houthis with missiles on Monday.")
    assert [(e.actor_country, e.recipient) for e in denied if e.type == "REJECT"] == [("IRN", None)]
    denied = readings_in("Mali's government denied hiring Wagner.")
    assert not [e for e in denied if e.type == "REJECT" and e.recipient is not None]
    refused = readings_in("China refused to sell weapons to Russia.")
    assert [(e.actor_country, e.recipient_country) for e in refused if e.type == "REJECT"] == [("CHN", "RUS")]


def test_the_rules_reading_of_an_interception_is_the_attackers_assault_too() -> None:
    # the model doubts the type (0.2, under its 0.5) but the rules read it (0.1 and up stands):
    # the rules take the grammar's subject for the actor, and the inverse trigger turns it round
    downed = EventTemplate("downed", None, None, None, "asserted", None, None, True, inverse=True)
    text = "Ukraine downed 30 Russian drones."
    rule = Event("ASSAULT", None, "Ukraine", "UKR", "30 Russian drones", "RUS", None, None, "asserted", None,
                 text, 0, len(text), trigger="downed")  # fmt: skip
    evidence = SentenceEvidence(
        start=0, end=len(text), text=text, markers=(), features=["w:down"], parties=[], rule_events=[rule],
        templates={"ASSAULT": downed, "": downed},
    )  # fmt: skip
    doubtful = Linear(math.log(0.2 / 0.8), {})
    model = EventModel({"ASSAULT": doubtful}, Linear(0.0, {}), Linear(0.0, {}), Thresholds(0.5, 1.01, 0.1))
    [event] = model.events(evidence)
    assert (event.actor_country, event.recipient_country) == ("RUS", "UKR")
    assert event.confidence == pytest.approx(0.2)


def test_a_known_government_body_of_the_actors_state_is_never_its_recipient() -> None:
    speaker = Party("Nasser Kanaani", "IRN", "person:kanaani", "PERSON", None, ["k"])
    ministry = Party("Iranian Ministry of Foreign Affairs", "IRN", "organization:irn-mfa", "ORG", None,
                     ["m", "organ_of_state"])  # fmt: skip
    recipient = Linear(0.0, {"m": 3.0})  # the scorer's mistake: his own ministry as the accused
    [event] = sure_events("ACCUSE", "condemned", "Kanaani condemned the sanctions.", [speaker, ministry],
                          Linear(0.0, {"k": 5.0}), recipient, ["w:condemn"])  # fmt: skip
    assert (event.actor, event.recipient) == ("Nasser Kanaani", None)


def test_a_death_in_a_mishap_is_no_attack() -> None:
    found = events_in(
        "The deputy has led the ministry since the minister and two aides were killed in a helicopter crash "
        "in May. Militants killed two soldiers in an ambush near the border on Sunday."
    )
    assert not [e for e in of_sentence(found, "helicopter crash") if e.type == "ASSAULT"]
    assert [e for e in of_sentence(found, "ambush") if e.type == "ASSAULT"]


def test_a_refusal_read_from_a_negated_acceptance_is_asserted_not_denied() -> None:
    """ "The ministry has not accepted the offer": the negation is the refusal; a REJECT with no
    trigger of its own takes the sentence's reading but not its negation as a denial."""
    root = EventTemplate("", None, None, None, "denied", None, None, True)
    ministry = Party("Foreign Ministry", "IRN", None, "ORG", None, ["m"])
    evidence = SentenceEvidence(
        start=0, end=45, text="The ministry has not accepted the offer.", markers=(), features=[],
        parties=[ministry], rule_events=[], templates={"": root},
    )  # fmt: skip
    model = EventModel(
        {"REJECT": Linear(5.0, {}), "AGREE": Linear(5.0, {})}, Linear(0.0, {"m": 3.0}), Linear(0.0, {}),
        Thresholds(0.5, 1.01),
    )  # fmt: skip
    found = {e.type: e.certainty for e in model.events(evidence)}
    assert found == {"REJECT": "asserted", "AGREE": "denied"}


def test_a_denial_names_its_denier_and_a_plain_negation_no_one() -> None:
    """Who denies a deed is kept as its source (a brief says "Iran denied having ..."); a deed the
    author negates has none (not Iran's denial, the report's own word)."""
    denied = readings_in("Iran denied supplying missiles to Russia in January.")
    assert {(e.certainty, e.source) for e in denied if e.type == "AID"} == {("denied", "Iran")}
    negated = readings_in("Iran did not supply missiles to Russia in January.")
    assert {(e.certainty, e.source) for e in negated if e.type == "AID"} == {("denied", None)}


def test_a_statement_read_from_the_sentence_root_takes_the_datelines_place_not_the_roots() -> None:
    """ "The Secretariat has not accepted offers from Ukraine": a refusal with no word of its own
    was not made in Ukraine; it was made where the report is datelined, if anywhere known."""
    root = EventTemplate("", None, None, "Ukraine", "asserted", None, None, True)
    secretariat = Party("UN Secretariat", None, None, "ORG", None, ["m"])
    evidence = SentenceEvidence(
        start=0, end=60, text="The Secretariat has not accepted offers from Ukraine.", markers=(),
        features=[], parties=[secretariat], rule_events=[], templates={"": root},
    )  # fmt: skip
    refusal, actor = Linear(5.0, {}), Linear(0.0, {"m": 3.0})
    model = EventModel({"REJECT": refusal}, actor, Linear(0.0, {}), Thresholds(0.5, 1.01))
    assert [e.place for e in model.events(evidence)] == [None]
    evidence.dateline = "New York"
    assert [e.place for e in model.events(evidence)] == ["New York"]


def test_a_quotation_opened_earlier_in_the_paragraph_quotes_its_speaker_until_it_closes() -> None:
    assert open_quotation("The spokesman told reporters: \u201cU.S. forces struck a depot. ")
    assert not open_quotation("\u201cU.S. forces struck a depot.\u201d ")
    assert open_quotation('He said: "We struck a depot. ') and not open_quotation('"We struck." ')
    inside = "The spokesman told reporters:\n\n\u201cU.S. forces struck a militia depot near Qaim on Monday. "
    inside += "The strike also killed two militia commanders in Iraq.\u201d"
    after = "\u201cU.S. forces struck a militia depot near Qaim on Monday.\u201d "
    after += "The strike also killed two militia commanders in Iraq."
    for body, certainty in ((inside, "attributed"), (after, "asserted")):
        killed = [e for e in of_sentence(events_in(body), "also killed") if e.type == "ASSAULT"]
        assert killed and {e.certainty for e in killed} == {certainty}


def test_in_a_quotation_a_deed_is_the_speakers_claim_and_a_statement_the_speakers_act() -> None:
    deed = stance_of_event("The strike killed two commanders.", "asserted", None, "U.S. forces", quoted=True)
    assert deed == ("attributed", None)
    said = stance_of_event(
        "We condemn the attacks.", "asserted", None, "United States", quoted=True, statement=True
    )
    assert said == ("asserted", None)


def test_a_quotation_over_several_sentences_names_the_speaker_its_lead_or_its_close_gives() -> None:
    led = events_in(
        "Pentagon spokesman Pat Ryder told reporters:\n\n\u201cU.S. forces struck a militia depot near"
        " Qaim on Monday. The strike also killed two militia commanders in Iraq.\u201d"
    )
    closed = events_in(
        "\u201cU.S. forces struck a militia depot near Qaim on Monday. The strike also killed two"
        " militia commanders in Iraq,\u201d Pat Ryder said."
    )
    for found, words in ((led, "also killed"), (closed, "struck a militia depot")):
        quoted = [e for e in of_sentence(found, words) if e.type == "ASSAULT"]
        assert quoted and {(e.certainty, e.source) for e in quoted} == {("attributed", "Pat Ryder")}


def test_who_judges_a_deed_did_not_do_it() -> None:
    found = events_in(
        "Iran fired dozens of missiles at Israel overnight.\n\n"
        "German Chancellor Olaf Scholz condemned the attack on Monday. Iraq denounced the strikes "
        "as a violation of its sovereignty."
    )
    judged = [e for e in found if e.type == "ASSAULT" and ("condemned" in e.text or "denounced" in e.text)]
    assert not [e for e in judged if e.actor_country in {"DEU", "IRQ"}]
    assert any(e.type == "ACCUSE" and e.actor_country == "DEU" for e in found)
    # who penalises a deed did not do it
    penalised = events_in(
        "The United States sanctioned two Chinese firms for supplying drone parts to Russia."
    )
    assert [(e.actor, e.recipient_country) for e in penalised if e.type == "AID"] == [
        ("two Chinese firms", "RUS")
    ]
    # the judge named through a pronoun: "Egypt said it condemned ..."
    told = events_in("Egypt said it strongly condemned the drone attacks on Port Sudan.")
    assert not [e for e in told if e.type == "ASSAULT" and e.actor_country == "EGY"]
    assert [e.actor_country for e in told if e.type == "ACCUSE"] == ["EGY"]


def test_who_suffered_the_judged_harm_is_not_the_one_accused() -> None:
    for sentence in (
        "The United States condemned the missile attack on Israel on Monday.",
        "Germany said it was concerned about attacks against Israel by Iran-backed militias.",
    ):
        accused = {e.recipient_country for e in readings_in(sentence) if e.type == "ACCUSE"}
        assert accused and "ISR" not in accused, sentence


def test_a_state_never_acts_on_itself_through_the_rules_either() -> None:
    found = events_in(
        "China's military staged drills around Taiwan on Wednesday, sending warships and fighter jets"
        " close to the island in what Beijing called a stern warning."
    )
    assert found and not [e for e in found if e.actor_country == e.recipient_country == "CHN"]


def test_the_ministry_named_again_is_its_states_and_warships_accuse_no_one() -> None:
    found = events_in(
        "Taiwan's defence ministry said it had detected 21 Chinese warships near the island on Tuesday."
        " The ministry condemned the drills as provocative."
    )
    accusations = [e for e in found if e.type == "ACCUSE"]
    assert accusations and {e.actor_country for e in accusations} == {"TWN"}


def test_a_state_never_acts_on_its_own_forces_named_before() -> None:
    found = events_in(
        "Iran launched more than 300 drones and missiles at Israel, the Israeli military said.\n\n"
        "Israel and its allies intercepted 99% of the projectiles, a military spokesman said."
    )
    later = [e for e in found if "99%" in e.text]
    assert later and {e.type for e in later} == {"ASSAULT"}  # the interception is no seizure
    assert {e.actor_country for e in later} == {"IRN"}  # the document's attacker: none here is named
    assert ("IRN", "ISR") in {(e.actor_country, e.recipient_country) for e in later}


def test_a_passive_subject_suffers_the_deed_and_no_group_is_no_party() -> None:
    found = events_in(
        "A senior commander of Hezbollah was killed in an Israeli strike on a Beirut suburb on Tuesday. "
        "No group claimed responsibility for a rocket attack on the port the same day."
    )
    killed = [e for e in found if e.type == "ASSAULT" and "commander" in e.text]
    assert killed and ("ISR", "LBN") in {(e.actor_country, e.recipient_country) for e in killed}
    assert not [e for e in killed if e.actor_country == "LBN"]
    assert not [e for e in found if "No group" in (e.actor, e.recipient)]
    hurt = events_in(
        "Several U.S. service members were wounded when two Katyusha rockets struck Ain al-Asad air base "
        "in western Iraq on Monday, officials said."
    )
    assert not [e for e in hurt if e.type == "ASSAULT" and e.actor_country == "USA"]


def test_drones_launched_at_or_by_someone_are_an_attack_not_aid() -> None:
    found = events_in(
        "Iran launched more than 300 drones and missiles at Israel overnight. On Tuesday, British "
        "warships shot down 21 drones launched by the militia."
    )
    assert "AID" not in {e.type for e in found}
    launched = [e for e in found if e.type == "ASSAULT" and e.text.startswith("Iran")]
    assert launched and (launched[0].actor_country, launched[0].recipient_country) == ("IRN", "ISR")


def test_an_event_noun_said_not_to_have_happened_is_no_event() -> None:
    def happened(body: str) -> bool:
        template = attack_template(body)
        assert template is not None
        return template.is_event

    assert happened("The missile caused damage to the ship and injured two sailors.")
    assert not happened("There were no injuries to personnel and no damage to the ships.")
    assert not happened("The convoy reached the port without casualties.")


def test_intercepting_drones_is_the_attack_never_a_seizure() -> None:
    found = events_in("Russian air defences intercepted 20 Ukrainian drones over Belgorod overnight.")
    assert {e.type for e in found} == {"ASSAULT"}
    assert {(e.actor_country, e.recipient_country) for e in found} == {("UKR", "RUS")}


def test_a_judgement_is_of_what_is_judged_not_of_who_is_named_beside_it() -> None:
    found = readings_in(
        "Iran fired dozens of missiles at Israel overnight.\n\n"
        'U.S. President Joe Biden condemned the attack "in the strongest possible terms" and said he '
        "would convene G7 leaders on Sunday."
    )
    judged = [e for e in found if e.type == "ACCUSE" and "condemned" in e.text]
    assert judged and all(e.actor_country == "USA" and e.recipient != "G7" for e in judged)


def test_who_says_it_is_no_recipient_of_what_they_say() -> None:
    found = readings_in(
        "The European Union froze the assets of four Iranian officials on Wednesday.\n\n"
        'Iran\'s foreign ministry spokesman Esmaeil Baghaei condemned the decision as "unjustified" '
        "and said Tehran would respond."
    )
    said = [e for e in found if e.type == "ACCUSE" and "condemned" in e.text]
    assert said and all(e.actor_country == "IRN" for e in said)
    assert not [e for e in said if e.recipient and "Baghaei" in e.recipient]  # the speaker, not the accused


def test_who_reports_harm_to_its_own_people_did_not_do_it() -> None:
    found = events_in(
        "ISLAMABAD, Jan 17 (Example Post) - Pakistan recalled its ambassador from Tehran on Wednesday, "
        "a day after Iran launched missile strikes on militant bases in Pakistan's Balochistan province.\n\n"
        "Pakistan's foreign ministry said two children were killed in the strikes.",
        title="Pakistan recalls ambassador after Iranian strikes on its territory",
    )
    killed = [e for e in found if e.type == "ASSAULT" and "children" in e.text]
    assert killed and not [e for e in killed if e.actor_country == "PAK"]


def test_who_is_listed_with_an_attacker_attacks_with_it_not_it() -> None:
    body = "The United States, Britain and Australia struck Houthi targets in Yemen on Monday."
    document = Document(body, "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(body)
    _, (evidence,) = read_document(document, layout, next(parse_documents([(document, layout)])))
    model = load_event_model()
    countries = [p.country for p in evidence.parties] + [None]
    listed = {"USA", "GBR", "AUS"}

    def pairs(kind: str) -> set[tuple[str | None, str | None]]:
        actor = model.role_probabilities(evidence, kind, "actor")
        recipient = model.role_probabilities(evidence, kind, "recipient")
        scores = model.pair_scores(evidence, kind, actor, recipient, None)
        return {(countries[a], countries[r]) for a, r in scores}

    assert not [pair for pair in pairs("ASSAULT") if set(pair) <= listed]  # together, not on each other
    assert ("USA", "GBR") in pairs("CONSULT")  # talks pass between those listed together


def test_who_names_a_deed_did_not_do_it_and_the_name_is_no_deed() -> None:
    # "an act of war" is what the strikes are called: no war of Sharif's
    found = events_in("Prime Minister Shehbaz Sharif called the strikes an act of war.")
    assert [e for e in found if e.type == "ACCUSE" and e.actor == "Shehbaz Sharif"]
    assert not [e for e in found if e.type == "ASSAULT" and e.actor == "Shehbaz Sharif"]


def test_a_second_word_of_an_attack_adds_no_vaguer_copy_of_it() -> None:
    found = events_in(
        "Belarusian troops fired artillery at the Lithuanian border village of Druskininkai on "
        "May 10, 2024, local police confirmed, and two barns burned."
    )
    attacks = [(e.actor_country, e.recipient_country) for e in found if e.type == "ASSAULT"]
    assert attacks == [("BLR", "LTU")]


def test_what_is_asked_threatened_or_vowed_is_not_done() -> None:
    asked = events_in(
        "President Volodymyr Zelensky urged Western allies to let Kyiv strike military airfields deep "
        "inside Russia with long-range weapons."
    )
    assert "REQUEST" in {e.type for e in asked} and "ASSAULT" not in {e.type for e in asked}
    vowed = events_in("Iran's supreme leader vowed to strike Israel after the killing of a commander.")
    assert not [e for e in vowed if e.type == "ASSAULT" and e.actor_country == "IRN"]
    done = events_in("Israeli jets struck Beirut on Friday after Hezbollah fired rockets at Haifa.")
    assert ("ISR", "LBN") in {(e.actor_country, e.recipient_country) for e in done if e.type == "ASSAULT"}


def test_what_is_wished_or_planned_is_not_done() -> None:
    wished = events_in("Ethiopia has expressed an interest in purchasing Iranian-made drones.")
    assert not [e for e in wished if e.type == "AGREE"]
    planned = events_in("Armenia unveiled plans to buy Indian artillery systems.")
    assert not [e for e in planned if e.type == "AGREE" and e.actor_country == "ARM"]
    bought = events_in("Ethiopia purchased Iranian-made drones last year.")
    assert [e for e in bought if e.type == "AGREE" and e.actor_country == "ETH"]
    weighed = first_evidence("Reports say China is considering supplying Iran with rocket fuel.")
    assert not weighed.templates["AID"].is_event  # only weighed, not done


def test_an_adjective_on_a_war_named_in_passing_is_said_in_passing() -> None:
    passing = first_evidence("Iran sent drones to help Russia in its brutal and illegal invasion of Ukraine.")
    assert "standing:ACCUSE" in passing.features
    judged = first_evidence("The minister said the crackdown on the marchers was brutal.")
    assert "standing:ACCUSE" not in judged.features


def test_a_modal_on_what_is_said_of_a_possessed_event_does_not_make_it_a_forecast() -> None:
    given = events_in("Armenia’s close cooperation with India may explain its purchases.")
    assert [e for e in given if e.type == "COOPERATE" and e.certainty == "asserted"]
    hoped = events_in("Close cooperation with India would be easier for Armenia.")
    assert not [e for e in hoped if e.type == "COOPERATE"]
    coming = events_in("Armenia’s cooperation with India will take place next year.")
    assert not [e for e in coming if e.type == "COOPERATE"]


def test_a_deed_done_to_no_one_is_no_event() -> None:
    unharmed = events_in("No Americans were killed or injured in the rocket fire.")
    assert not [e for e in unharmed if e.type == "ASSAULT" and e.recipient_country == "USA"]
    harmed = events_in("Two Americans were killed in the rocket fire.")
    assert [e for e in harmed if e.type == "ASSAULT" and e.recipient_country == "USA"]


def test_who_tells_of_a_deed_named_as_its_subject_did_not_do_it() -> None:
    found = readings_in(
        "India launched missile strikes on nine sites in Pakistan on Wednesday.\n\n"
        "Pakistan said the strikes killed 26 civilians, including children."
    )
    told = [e for e in found if e.type == "ASSAULT" and "26 civilians" in e.text]
    assert told and not [e for e in told if e.actor_country == "PAK"]
    # whose strikes the sentence says is the speaker's own account of its deed
    own = readings_in("Israel said its strikes killed 20 Hezbollah fighters in southern Lebanon.")
    assert [e for e in own if e.type == "ASSAULT" and e.actor_country == "ISR"]
    # a person is no "they"
    person = readings_in("Senator Lindsey Graham said they had supplied drones to Russia.")
    assert [e.actor for e in person if e.type == "AID"] and not [
        e for e in person if e.actor == "Lindsey Graham"
    ]


def test_an_event_with_nobody_in_a_role_needs_more_confidence() -> None:
    model = load_event_model()
    assert model is not None and 0.0 < model.thresholds.nobody < 1.0
    body = (
        "Israeli aircraft struck Hezbollah positions in southern Lebanon on Monday.\n\n"
        "The militia attacked a convoy near the border, killing three guards.\n\n"
        "Russia fired missiles overnight, officials said."
    )
    document = Document(f"Desk Note\n\n{body}", "t.txt", "t.txt", "text", published="2024-02-03")
    layout = analyse_layout(document.text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))

    def found(nobody: float, stateless: float) -> list[Event]:
        limits = replace(model.thresholds, nobody=nobody, stateless=stateless)
        return replace(model, thresholds=limits).document_events(evidence)

    every = found(0.0, 0.0)
    assert [e for e in every if e.actor is None or e.recipient is None]
    strict = found(1.01, 0.0)
    assert strict and all(e.actor is not None and e.recipient is not None for e in strict)
    assert {(e.type, e.actor, e.recipient) for e in strict} <= {(e.type, e.actor, e.recipient) for e in every}
    # a party of no known state ("three guards") is held to its own threshold
    assert [e for e in every if e.recipient and e.recipient_country is None]
    named = [e for e in found(0.0, 1.01) if e.actor and e.recipient]
    assert named and all(e.actor_country and e.recipient_country for e in named)


def test_a_party_listed_with_the_chosen_one_is_as_surely_in_the_role() -> None:
    """The role's softmax splits its probability among the listed parties; each of their events
    carries the confidence of the chosen one's, so the brief's gate treats them alike."""
    body = "Canada, Japan and Australia condemned North Korea's missile launch on Friday."
    events = [e for e in events_in(body) if e.type == "ACCUSE"]
    assert {e.actor for e in events} == {"Canada", "Japan", "Australia"}
    assert len({e.confidence for e in events}) == 1


def test_the_deed_a_strike_answers_is_told_with_the_one_it_struck_for_its_doer() -> None:
    found = events_in(
        "U.S. forces struck Iran-backed militias in Iraq on Monday in response to a drone attack "
        "that wounded three U.S. soldiers."
    )
    pairs = {(e.actor, e.recipient_country) for e in found if e.type == "ASSAULT"}
    assert ("U.S. forces", None) in pairs
    assert ("Iran-backed militias", "USA") in pairs  # the answered attack, its doer unnamed there
    shipping = events_in(
        "British jets struck Houthi sites in Yemen in response to continuing attacks on shipping."
    )
    assert not [e for e in shipping if e.type == "ASSAULT" and e.recipient_country == "GBR"]


def test_wrongdoing_supply_and_arrival_words_are_read_as_their_types() -> None:
    """The lexicon's words for a wrong done ("undermined", "lied", "complicit"), for a supplier and
    for an arrival of forces give their sentences a reading of the type for the model to weigh."""
    readings = {
        "Iran has undermined the agreement.": ("ACCUSE", "undermined"),
        "Moscow lied about the strike on the market.": ("ACCUSE", "lied"),
        "The minister said Tehran was complicit in the attack.": ("ACCUSE", "complicit"),
        "China is the main supplier of engines for the drones.": ("AID", "supplier"),
        "Central Command announced the arrival of F-16 jets in the Gulf.": ("MOBILIZE", "arrival"),
    }
    for sentence, (kind, trigger) in readings.items():
        template = first_evidence(sentence).templates.get(kind)
        assert template is not None and template.trigger == trigger, sentence
    # a word another type already reads keeps its reading: a violated airspace is a show of force
    airspace = first_evidence("Russian fighter jets violated Estonian airspace on Friday.")
    assert [e.type for e in airspace.rule_events] == ["MOBILIZE"]
