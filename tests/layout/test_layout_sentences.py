"""The sentence splitter, one mechanism at a time (sentences written for these tests)."""

from __future__ import annotations

import pytest

from watchfloor.layout.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_plain_sentences() -> None:
    assert split("The ferry left at dawn. It reached the island by noon.") == [
        "The ferry left at dawn.",
        "It reached the island by noon.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Marlow inspected the depot.",
        "Lt. Hale and Dr. Osei met Mr. Smith in the port.",
        "The council met on Oct. 7 and again on Jan. 12 in the capital.",
        "Ships of No. 3 squadron left St. Ives at dawn.",
        "Some ports, e.g. Varna, and some towns, i.e. inland ones, were closed.",
        "John F. Kennedy Airport reopened.",
        "Output rose 47.5 percent in a year.",
        "U.S. Central Command announced the drill.",
        "The meeting ended at 10 a.m. local time.",
        "Exports rose to approx. five million tonnes.",
    ],
)
def test_no_split_inside(text: str) -> None:
    assert split(text) == [text]


def test_initialism_ends_a_sentence_before_a_usual_opener() -> None:
    assert split("The envoy flew to the U.S. The talks began a day later.") == [
        "The envoy flew to the U.S.",
        "The talks began a day later.",
    ]


def test_marker_after_the_period_belongs_to_the_sentence() -> None:
    text = (
        "The minister arrived in Varna on May 31.[19]\u00a0 Analysts assessed the visit.[20] Talks followed."
    )
    assert split(text) == [
        "The minister arrived in Varna on May 31.[19]",
        "Analysts assessed the visit.[20]",
        "Talks followed.",
    ]


def test_markers_inside_and_after_quotes() -> None:
    text = "He was ready for “any outcome.”[4] Roman notes work too.[xiv] So do escaped ones.\\[5\\] End."
    assert split(text) == [
        "He was ready for “any outcome.”[4]",
        "Roman notes work too.[xiv]",
        "So do escaped ones.\\[5\\]",
        "End.",
    ]


def test_closing_quotes_and_brackets_after_the_period() -> None:
    text = "She called it “a new scenario.” The board agreed. (The vote was close.) Work began."
    assert split(text) == [
        "She called it “a new scenario.”",
        "The board agreed.",
        "(The vote was close.)",
        "Work began.",
    ]


def test_question_and_exclamation_marks() -> None:
    assert split("Will the port reopen? Nobody knows! The board meets today.") == [
        "Will the port reopen?",
        "Nobody knows!",
        "The board meets today.",
    ]


def test_a_quote_continues_after_a_comma_not_a_period() -> None:
    text = "“We will rebuild the quay,” the mayor said. “It will take a year.”"
    assert split(text) == ["“We will rebuild the quay,” the mayor said.", "“It will take a year.”"]


def test_lowercase_after_a_closing_quote_does_not_split() -> None:
    text = "“Leave now.” he shouted at the crowd."
    assert split(text) == [text]


def test_ellipsis_opens_the_next_sentence() -> None:
    text = "“We told them so. … Nothing will change,” she said."
    assert split(text) == ["“We told them so.", "… Nothing will change,” she said."]


def test_scraping_slip_with_a_lowercase_start_splits() -> None:
    assert split("The spokesman said. tweeted Monday.") == ["The spokesman said.", "tweeted Monday."]


def test_run_in_bold_heading_is_its_own_sentence() -> None:
    assert split("**Ports.** The harbour reopened.") == ["**Ports.**", "The harbour reopened."]


def test_spans_are_stripped_and_relative_to_the_whole_text() -> None:
    text = "  Intro line.\n  One. Two.  "
    spans = list(sentence_spans(text, 14))
    assert [text[s:e] for s, e in spans] == ["One.", "Two."]


def test_caseless_script_after_a_period_splits() -> None:
    assert split("The agency quoted him. گفت که بندر باز است.") == [
        "The agency quoted him.",
        "گفت که بندر باز است.",
    ]
