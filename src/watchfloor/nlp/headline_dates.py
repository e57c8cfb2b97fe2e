"""The day a headline's deed happened: a report published the morning after tells "Iran seizes
tanker in Gulf of Oman" over a body that says "on Thursday"; the headline's seizure is Thursday's,
not the day of the report."""

from __future__ import annotations

from datetime import date

from watchfloor.nlp.types import Event

STOPS = (".", "!", "?", ":", '"', "\u201d")  # what closes a sentence, never a headline
HEADLINE_DAYS = 7  # how long before the report the body's day of the deed may lie


def closes_a_sentence(text: str) -> bool:
    """Whether a passage ends as a sentence does, not as a headline or a caption's title."""
    return text.rstrip().endswith(STOPS)


def date_headlines(events: list[Event], text: str, reference: str | None) -> None:
    """Give each deed of the headline (a first line with no closing stop) that bears the report's
    own date the day the body gives the first deed of its type, where the body gives one of the
    week before the report."""
    first_line = text.split("\n", 1)[0].rstrip()
    if not reference or not first_line or closes_a_sentence(first_line):
        return
    end = len(first_line)
    told = [e for e in sorted(events, key=lambda e: e.start) if e.start > end and e.date]
    told = [e for e in told if _days_before(e.date or "", reference)]
    for event in events:
        if event.start >= end or event.date != reference:
            continue
        body = [e for e in told if e.type == event.type]
        # (the first of the same doer's, where the body names one: "Hamas frees three hostages,
        # Israel releases 90 prisoners" dates each release by its own doer's)
        same = [e for e in body if e.actor_country and e.actor_country == event.actor_country]
        if same or body:
            event.date = (same or body)[0].date


def _days_before(day: str, reference: str) -> bool:
    """Whether `day` is a day of the week before the report (not the report's own)."""
    try:
        gap = (date.fromisoformat(reference[:10]) - date.fromisoformat(day[:10])).days
    except ValueError:
        return False
    return len(day) >= 10 and 0 < gap <= HEADLINE_DAYS
