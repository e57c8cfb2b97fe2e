"""How a brief sentence says the author's stance: a denial is the denier's, and a deed the report
itself negates is told as reported not to have happened, never as the actor's denial."""

from __future__ import annotations

from dataclasses import replace

import pytest

from watchfloor.brief.phrasing import Naming, story_sentence
from watchfloor.brief.stories import Story
from watchfloor.brief.vocabulary import load_vocabulary
from watchfloor.store.queries import EventRow


def row(certainty: str, source: str | None) -> EventRow:
    return EventRow(
        id=1, document_id=1, document_name="d.txt", document_title=None, published="2024-05-02",
        type="AID", mode=None, actor="Iran", actor_id=None, actor_country="IRN", recipient="Russia",
        recipient_id=None, recipient_country="RUS", date="2024-05-01", place=None, place_id=None,
        certainty=certainty, source=source, source_id=None, trigger="supplied", quantity=None,
        start=0, end=0, text="", confidence=0.9, markers=(),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("source", "opening"),
    [
        ("Iran", "Iran denied having provided"),  # "Iran denied supplying ..."
        ("Russia", "Russia denied that Iran provided"),  # "Moscow denied that Iran supplied ..."
        (None, "Iran is reported not to have provided"),  # "Iran did not supply ...": the report's word
    ],
)
def test_a_denied_deed_is_told_as_its_deniers_word_or_the_reports(source: str | None, opening: str) -> None:
    story = Story(key=-1, reports=(row("denied", source),), facts=())
    sentence = story_sentence(story, Naming({}, {}), load_vocabulary())
    assert sentence.startswith(opening), sentence
    assert sentence.endswith("to Russia on May 1, 2024.")


def test_an_unnamed_groups_phrase_reads_in_lower_case_inside_a_sentence() -> None:
    lead = replace(
        row("asserted", None), type="ASSAULT", actor="Police", recipient="Three attackers",
        recipient_country=None, trigger="killed",
    )  # fmt: skip
    sentence = story_sentence(Story(key=-1, reports=(lead,), facts=()), Naming({}, {}), load_vocabulary())
    assert sentence.startswith("Police "), sentence
    assert "three attackers" in sentence and "Three" not in sentence
    named = replace(lead, recipient="Three Gorges Corporation", recipient_id=7)
    sentence = story_sentence(Story(key=-1, reports=(named,), facts=()), Naming({}, {}), load_vocabulary())
    assert "Three Gorges Corporation" in sentence  # a name stays as it is


def test_people_expelled_or_arrested_are_named_as_such_and_a_state_by_its_officials() -> None:
    def said(mode: str, recipient: str, country: str | None) -> str:
        lead = replace(
            row("asserted", None), type="SANCTION" if mode == "expel" else "COERCE", mode=mode,
            actor="Germany", actor_country="DEU", recipient=recipient, recipient_country=country,
            trigger="expelled" if mode == "expel" else "arrested",
        )  # fmt: skip
        return story_sentence(Story(key=-1, reports=(lead,), facts=()), Naming({}, {}), load_vocabulary())

    assert said("expel", "40 Russian diplomats", "RUS").startswith("Germany expelled 40 Russian diplomats")
    assert said("expel", "Russia", "RUS").startswith("Germany expelled officials of Russia")
    assert said("arrest", "Spain", "ESP").startswith("Germany arrested nationals of Spain")
    assert said("arrest", "two journalists", "ESP").startswith("Germany arrested two journalists")
