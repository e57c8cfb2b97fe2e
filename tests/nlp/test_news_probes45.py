"""Readings mended in session 45, each on sentences written here: a reporter named as whom a
deed was done with."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in


def test_a_reporter_is_the_recipient_where_named_as_whom_the_deed_was_done_with() -> None:
    found = events_in(
        "On the way home, the chancellor spoke by phone with Kenyan President William Ruto, "
        "according to Ruto's office."
    )
    calls = [e for e in found if e.type == "CONSULT"]
    assert calls and calls[0].recipient_country == "KEN"
