"""Stories: what a brief writes about. A story is one event cluster (the same event in several
reports), or one event that belongs to none; it keeps the reports of the period behind it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from watchfloor.store.queries import EventRow
from watchfloor.store.story_queries import EventFacts

# Strongest first: the stance a story is told with is the strongest any of its reports takes.
CERTAINTY_STRENGTH = ("asserted", "almost_certain", "attributed", "likely", "possible", "unlikely", "denied")


@dataclass(frozen=True)
class Story:
    key: int  # the event cluster id, or minus the event id of an event in no cluster
    reports: tuple[EventRow, ...]  # the period's reports, in report order
    facts: tuple[EventFacts, ...]  # each report's facts, in the same order

    @cached_property
    def lead(self) -> EventRow:
        """The report the story is told from: the strongest stance, then the most precise date,
        then the earliest report."""
        order = {event.id: i for i, event in enumerate(self.reports)}
        return min(
            self.reports,
            key=lambda e: (_strength(e.certainty), -len(e.date or ""), order[e.id]),
        )

    @cached_property
    def date(self) -> str | None:
        """The most precise date the reports give that agrees with the lead's."""
        lead = self.lead.date
        if lead is None:
            return None
        agreeing = [e.date for e in self.reports if e.date and e.date.startswith(lead)]
        return max(agreeing, key=len, default=lead)

    @property
    def background(self) -> bool:
        """Every report of the story is in a paragraph recycled from an earlier report."""
        return all(f.recycled for f in self.facts)

    @property
    def independent(self) -> int:
        return max(f.independent for f in self.facts)

    @property
    def first_reported(self) -> str:
        return min(f.first_reported for f in self.facts)

    @property
    def opens_paragraph(self) -> bool:
        return any(f.opens_paragraph for f in self.facts)

    @property
    def countries(self) -> frozenset[str]:
        lead = self.lead
        return frozenset(c for c in (lead.actor_country, lead.recipient_country) if c)


def _strength(certainty: str) -> int:
    return CERTAINTY_STRENGTH.index(certainty) if certainty in CERTAINTY_STRENGTH else len(CERTAINTY_STRENGTH)


def gather_stories(events: list[EventRow], facts: dict[int, EventFacts]) -> list[Story]:
    """The events grouped into stories, in the order their first report comes. Events without an
    actor say nothing a sentence can be drafted from and are left out; one sentence read twice in
    a document (a takeaway repeated in the body) is one story even outside a cluster."""
    groups: dict[object, list[EventRow]] = {}
    for event in events:
        fact = facts.get(event.id)
        if fact is None or not event.actor:
            continue
        key: object = fact.cluster_id
        if key is None:
            key = (event.type, event.actor, event.recipient, event.document_id, _folded(event.text))
        groups.setdefault(key, []).append(event)
    stories = []
    for key, reports in groups.items():
        story_key = key if isinstance(key, int) else -min(e.id for e in reports)
        stories.append(Story(story_key, tuple(reports), tuple(facts[e.id] for e in reports)))
    return stories


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def merge_same_telling(stories: list[Story], telling: dict[int, str]) -> list[Story]:
    """Stories told in the very same words (reports the clustering kept apart, such as undated
    ones) become one, so a brief never says one thing twice; the first keeps its place."""
    merged: dict[str, Story] = {}
    for story in stories:
        text = telling[story.key]
        first = merged.get(text)
        if first is None:
            merged[text] = story
        else:
            merged[text] = Story(first.key, first.reports + story.reports, first.facts + story.facts)
    return list(merged.values())
