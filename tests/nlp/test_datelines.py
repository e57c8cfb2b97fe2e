"""A news dateline is parsed as a sentence of its own (`nlp.datelines`)."""

from __future__ import annotations

import pytest

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.datelines import dateline_end
from watchfloor.nlp.extract import parse_documents, read_document
from watchfloor.nlp.mentions import is_dateline
from watchfloor.nlp.model import load_nlp


def subjects(text: str) -> list[str]:
    return [t.text for t in load_nlp()(text) if t.dep_ == "nsubj"]


@pytest.mark.parametrize(
    "dateline",
    ["KYIV, March 12 (Reuters) -", "JERUSALEM, Oct 2 (AP) \u2014", "TAMPA, Fla. -", "Beirut (AFP) \u2013"],
)
def test_the_city_of_a_dateline_is_not_the_leads_subject(dateline: str) -> None:
    doc = load_nlp()(f"{dateline} Ukraine's air force said it shot down 30 drones.")
    lead = [s for s in doc.sents if "said" in s.text]
    assert len(lead) == 1 and lead[0].text.startswith("Ukraine")
    assert subjects(f"{dateline} Ukraine's air force said it shot down 30 drones.") == ["force", "it"]


def test_the_lead_after_a_dateline_runs_to_its_full_stop() -> None:
    doc = load_nlp()(
        "DOHA, Nov 22, 2023 (AFP) - Israel and Hamas agreed on Wednesday to a four-day truce in Gaza,"
        " Qatar's foreign ministry said. Talks go on."
    )
    assert [s.text for s in doc.sents][1:] == [
        "Israel and Hamas agreed on Wednesday to a four-day truce in Gaza, Qatar's foreign ministry said.",
        "Talks go on.",
    ]
    agreed = next(t for t in doc if t.text == "agreed")
    assert {t.text for t in agreed.subtree} >= {"Israel", "Hamas"}


@pytest.mark.parametrize(
    "text",
    ["US-backed forces - the SDF - attacked the town.", "Iran - a long-time ally - said nothing.",
     "Hamas said - without evidence - that the strike killed 20."],
)  # fmt: skip
def test_a_dash_in_a_sentence_is_no_dateline(text: str) -> None:
    assert len(list(load_nlp()(text).sents)) == 1


def test_the_city_a_report_is_filed_from_is_no_party() -> None:
    text = "JERUSALEM, Oct 2 (AP) \u2014 Israeli warplanes struck Hezbollah positions in southern Lebanon."
    document = Document(text, "t.txt", "t.txt", "text", published="2024-10-02")
    layout = analyse_layout(text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    israel = next(p for p in evidence[0].parties if p.country == "ISR")
    assert "prep:dateline" not in israel.features  # Israel is here for "Israeli", not for the city
    assert "dep:nsubj" in israel.features


@pytest.mark.parametrize(
    ("text", "city"),
    [("Washington, D.C. \u2013 Senators urged new sanctions on Iran.", "Washington"),
     ("Washington, DC", "Washington"), ("BEIRUT, Lebanon (AP) \u2014 Israel struck Hezbollah.", "BEIRUT"),
     ("Beirut (AFP) \u2013 Israel struck Hezbollah.", "Beirut")],
)  # fmt: skip
def test_the_place_a_dateline_opens_with_is_its_city(text: str, city: str) -> None:
    doc = load_nlp()(text)
    assert is_dateline(doc[:1]) and doc[0].text == city
    states = [doc[i : i + 1] for i in range(1, len(doc)) if doc[i].text in {"Iran", "Israel"}]
    assert not any(is_dateline(state) for state in states)


def test_every_city_of_a_dateline_is_where_the_report_was_filed() -> None:
    doc = load_nlp()(
        "TAIPEI/BEIJING, April 2 (Example Times) - China's military staged drills around Taiwan."
    )
    cities = [doc[i : i + 1] for i in range(len(doc)) if doc[i].text in {"TAIPEI", "BEIJING"}]
    assert len(cities) == 2 and all(is_dateline(city) for city in cities)
    assert not is_dateline(next(doc[i : i + 1] for i in range(len(doc)) if doc[i].text == "Taiwan"))


@pytest.mark.parametrize(
    "text",
    ["Iran-Russia Drone Deal Condemned", "IRAN, RUSSIA SIGN A DRONE DEAL", "Tehran, a capital of 9 million"],
)
def test_a_state_opening_a_headline_is_no_dateline(text: str) -> None:
    doc = load_nlp()(text)
    assert dateline_end(doc) is None and not is_dateline(doc[:1])


@pytest.mark.parametrize("stamp", ["10:42 -", "09.50 GMT \u2013", "7:05 pm -"])
def test_a_live_reports_time_stamp_is_no_part_of_its_subject(stamp: str) -> None:
    doc = load_nlp()(f"{stamp} Israel's military says it struck depots in southern Lebanon overnight.")
    says = next(t for t in doc if t.text == "says")
    subject = next(c for c in says.children if c.dep_ == "nsubj")
    assert subject.left_edge.text == "Israel"


def test_a_time_stamp_alone_on_its_line_is_read_without_error() -> None:
    doc = load_nlp()("10:42 GMT -")
    assert [t.text for t in doc] == ["10:42", "GMT", "-"]
    assert dateline_end(doc) is None
