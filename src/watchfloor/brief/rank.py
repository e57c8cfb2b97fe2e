"""How significant a story is for a brief: novelty, corroboration and salience, each 0-1.

- Novelty: new in the period (first reported in it, dated in it, not only in recycled background
  paragraphs). A story first reported before the period, or dated well before it, is context;
  one going on since an earlier date ("has exported ... since January") is still news.
- Corroboration: independent outlets backing its cluster (three or more count fully).
- Salience: how hard the act is (PLOVER quad class), how much of the period's reporting is about
  the same pair of countries, whether a report states it in a paragraph's opening sentence (where
  reports put their news), whether it names whom the act was aimed at, how sure the author is,
  whether a quantity was given, and how confident extraction is that the text reports it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from watchfloor.brief.stories import Story
from watchfloor.kb import load_kb

QUAD_WEIGHT = {
    "material_conflict": 1.0,
    "material_cooperation": 0.8,
    "verbal_conflict": 0.6,
    "verbal_cooperation": 0.5,
}
CERTAINTY_WEIGHT = {
    "asserted": 1.0,
    "almost_certain": 0.95,
    "attributed": 0.8,
    "likely": 0.8,
    "possible": 0.5,
    "unlikely": 0.2,
    "denied": 0.2,
}
WEIGHTS = {"novelty": 0.4, "corroboration": 0.2, "salience": 0.4}
ONGOING = re.compile(r"\b(?:has|have)\b[^.;]*\bsince\b", re.IGNORECASE)


@dataclass(frozen=True)
class Significance:
    novelty: float
    corroboration: float
    salience: float

    @property
    def total(self) -> float:
        return (
            WEIGHTS["novelty"] * self.novelty
            + WEIGHTS["corroboration"] * self.corroboration
            + WEIGHTS["salience"] * self.salience
        )


def rank_stories(stories: list[Story], since: str) -> list[tuple[Story, Significance]]:
    """The stories with their significance, most significant first (earlier reports on ties)."""
    coverage = Counter(s.countries for s in stories for _ in s.reports)  # reports per country pair
    busiest = max(coverage.values(), default=1)
    scored = [(s, significance(s, since, coverage[s.countries] / busiest)) for s in stories]
    order = {s.key: i for i, s in enumerate(stories)}
    return sorted(scored, key=lambda pair: (-pair[1].total, order[pair[0].key]))


def significance(story: Story, since: str, coverage: float) -> Significance:
    return Significance(novelty(story, since), corroboration(story), salience(story, coverage))


def novelty(story: Story, since: str) -> float:
    if story.background:
        return 0.0
    if story.first_reported[: len(since)] < since:
        return 0.25  # reported before the period: a development, not news
    date = story.date
    if date is None:
        return 0.6  # new, but when it happened is not said
    if date < since[: len(date)]:
        if ONGOING.search(story.lead.text):
            return 0.8  # "has exported ... since January": dated by its start, going on now
        return 0.5  # told in the period, but it happened before it
    return 1.0


def corroboration(story: Story) -> float:
    return min(1.0, math.log2(1 + story.independent) / 2.0)


def salience(story: Story, coverage: float) -> float:
    lead = story.lead
    plover = load_kb().plover_type(lead.type)
    quad = QUAD_WEIGHT.get(plover.quad if plover else "", 0.5)
    return (
        0.1 * quad
        + 0.1 * coverage
        + 0.35 * (1.0 if story.opens_paragraph else 0.0)
        + 0.1 * (1.0 if lead.recipient else 0.0)
        + 0.1 * CERTAINTY_WEIGHT.get(lead.certainty, 0.5)
        + 0.05 * (1.0 if any(e.quantity for e in story.reports) else 0.0)
        + 0.2 * max(e.confidence for e in story.reports)  # how surely the text reports it
    )
