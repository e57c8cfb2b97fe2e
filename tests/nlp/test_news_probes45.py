"""Readings mended in session 45, each on sentences written here: a reporter named as whom a
deed was done with, a headline's verb the parser made its object's subject, journalists
sentenced, critics and other people named by their part, a suicide bomber, a deed refused."""

from __future__ import annotations

from tests.nlp.test_event_model import events_in as headline_events
from tests.nlp.test_event_roles import events_in


def test_a_reporter_is_the_recipient_where_named_as_whom_the_deed_was_done_with() -> None:
    found = events_in(
        "On the way home, the chancellor spoke by phone with Kenyan President William Ruto, "
        "according to Ruto's office."
    )
    calls = [e for e in found if e.type == "CONSULT"]
    assert calls and calls[0].recipient_country == "KEN"


def test_a_headline_verb_read_as_the_subject_of_its_object_is_the_verb() -> None:
    # the parser reads "sign" as a noun, the subject of "deal"
    title = "Armenia and Turkey sign deal to open border"
    found = headline_events("The treaty ends a long quarrel.", title=title)
    assert ("ARM", "TUR") in {(e.actor_country, e.recipient_country) for e in found if e.type == "AGREE"}


def test_journalists_a_verb_does_something_to_are_its_parties_not_its_audience() -> None:
    found = events_in("Iranian courts sentenced two journalists who covered the protests to long terms.")
    assert ("IRN", "IRN") in {(e.actor_country, e.recipient_country) for e in found if e.type == "COERCE"}


def test_critics_and_marchers_are_parties_of_the_story_state() -> None:
    found = events_in("Belarusian authorities have detained more than 30 critics of Lukashenko since May.")
    assert {e.recipient for e in found if e.type == "COERCE"} == {"more than 30 critics"}
    found = events_in("Police in Minsk arrested dozens of marchers on Sunday.")
    assert ("BLR", "BLR") in {(e.actor_country, e.recipient_country) for e in found if e.type == "COERCE"}


def test_a_suicide_bomber_is_a_doer_though_the_lexicon_lists_the_phrase() -> None:
    found = events_in("Police said a suicide bomber struck worshippers at a mosque in Peshawar on Monday.")
    assert "a suicide bomber" in {e.actor for e in found if e.type == "ASSAULT"}


def test_a_cooperative_deed_a_party_says_it_will_not_do_is_no_such_deed() -> None:
    found = events_in("Vucic told reporters that he would not sign any agreement with Kosovo.")
    assert "AGREE" not in {e.type for e in found}
    found = events_in("Vucic told reporters that he would sign an agreement with Kosovo.")
    assert "AGREE" in {e.type for e in found}  # (said of the future and not refused: a promise)
