"""One pipeline for a document: parse its body's paragraphs, find mentions, resolve entities and
places across the document, then read events sentence by sentence."""

from __future__ import annotations

import multiprocessing
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from watchfloor.geo import load_gazetteer
from watchfloor.kb import load_kb
from watchfloor.models import Document, Layout, Passage
from watchfloor.nlp.clean import clean_for_parser
from watchfloor.nlp.entities import EntityResolver
from watchfloor.nlp.event_authors import author_party, opening_speaker
from watchfloor.nlp.event_dates import ToldDays
from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.event_model_file import load_event_model
from watchfloor.nlp.event_places import (
    dateline_place,
    place_force_in_states,
    place_stateless_groups,
    place_statements_at_dateline,
)
from watchfloor.nlp.events import ParagraphEvents
from watchfloor.nlp.headline_case import sentence_case
from watchfloor.nlp.headline_dates import date_headlines
from watchfloor.nlp.headline_verbs import read_titled_statement, read_verbless_headline
from watchfloor.nlp.mentions import names_placed_elsewhere, paragraph_mentions
from watchfloor.nlp.model import load_nlp
from watchfloor.nlp.party_salience import mark_salience
from watchfloor.nlp.places import PlaceResolver, document_countries, settle_shared_demonyms
from watchfloor.nlp.repeated_names import add_repeated_ship_names, add_repeated_surnames
from watchfloor.nlp.sentence_evidence import RoleKinds
from watchfloor.nlp.sentence_parties import PartyMemory
from watchfloor.nlp.triggers import load_lexicon
from watchfloor.nlp.types import Entity, Event, Extraction, Mention
from watchfloor.nlp.unnamed_attackers import name_unnamed_attackers
from watchfloor.readers.metadata import find_full_date, latest_full_date

BATCH_SIZE = 64
DATELINE_REACH = 1500  # characters from the top where a dateline may stand


def paragraphs_of(layout: Layout) -> list[Passage]:
    return [p for p in layout.passages if p.kind == "paragraph" and p.end > p.start]


def extract_parsed(document: Document, layout: Layout, docs: list[Doc]) -> Extraction:
    """The extraction of a document whose paragraphs (`paragraphs_of(layout)`) are parsed: the
    trained event model decides the events from each sentence's evidence where the package ships
    one, else the rules' events stand."""
    model = load_event_model()
    if model is None:
        extraction, evidence = read_document(document, layout, docs, with_evidence=False)
    else:  # the parties of a type the model finds unlikely are never weighed: not worked out
        extraction, evidence = read_document(document, layout, docs, role_kinds=model.types_to_weigh)
    if model is not None:
        extraction.events = model.document_events(evidence)
    else:
        extraction.events = name_unnamed_attackers(extraction.events)
    extraction.events = _unique(extraction.events)
    date_headlines(extraction.events, document.text, reference_date(document, layout))
    place_force_in_states(extraction.events)
    place_stateless_groups(extraction.events, extraction.entities, extraction.places)
    return extraction


def states_named(
    countries: Counter[str], mentions: list[Mention], entities: dict[str, Entity]
) -> Counter[str]:
    """How often a story names each state, counting the states of the people and bodies the
    knowledge base knows ("President Yoon ... the National Assembly" is South Korea's, though only
    "the United States" is named)."""
    counted = Counter(countries)
    for mention in mentions:
        entity = entities.get(mention.entity) if mention.entity else None
        if entity is not None and entity.kb_key and entity.country and entity.type in {"PERSON", "ORG"}:
            counted[entity.country] += 1
    return counted


def story_state(named: Counter[str]) -> str | None:
    """The state a story is chiefly about: the one it names most (`states_named`)."""
    return named.most_common(1)[0][0] if named else None


def dominates(named: Counter[str], state: str) -> bool:
    """Whether a state has at least half of the story's naming of states."""
    return named[state] * 2 >= sum(named.values())


def reference_date(document: Document, layout: Layout) -> str | None:
    """The date a report speaks from: its publication date, else its dateline's ("VIENNA, June 5,
    2023"), the first full date in its opening."""
    if document.published:
        return document.published
    found = find_full_date(document.text[: min(layout.body_end, DATELINE_REACH)])
    return found[0] if found else None


def read_document(
    document: Document,
    layout: Layout,
    docs: list[Doc],
    with_evidence: bool = True,
    role_kinds: RoleKinds | None = None,
) -> tuple[Extraction, list[SentenceEvidence]]:
    """Entities, places and the rules' events of a parsed document, with each sentence's
    evidence for the event model (role features for the types `role_kinds` picks, else all)."""
    kb = load_kb()
    paragraphs = paragraphs_of(layout)
    per_paragraph: list[list[Mention]] = [
        paragraph_mentions(doc, p.start, kb) for doc, p in zip(docs, paragraphs, strict=True)
    ]
    publication = publication_name(document.title)
    if publication:  # "Iran Update, July 31, 2023": the publication's own name is no entity
        per_paragraph = [[m for m in ms if m.text != publication] for ms in per_paragraph]
    add_repeated_surnames(docs, [p.start for p in paragraphs], per_paragraph, kb)
    add_repeated_ship_names(docs, [p.start for p in paragraphs], per_paragraph)
    everything = [m for ms in per_paragraph for m in ms]
    reference = reference_date(document, layout)
    entities = EntityResolver(kb, document.text, reference)
    countries = document_countries(everything)
    places = PlaceResolver(kb, load_gazetteer(), document.text, countries)
    place_names: dict[int, str] = {}
    place_states: dict[int, str | None] = {}
    entities.know_full_names(everything)
    for mention in everything:
        if (mention.may_be_place and places.is_settlement(mention)) or places.names_a_known_place(mention):
            mention.label = "GPE"  # "attacked coalition forces at Erbil": the NER's ORG is the city
    for mention in names_placed_elsewhere(everything):
        if places.is_settlement(mention):
            mention.label = "GPE"
    places.learn_qualified(everything)
    for mention in everything:
        place = places.resolve(mention)
        if mention.guessed and place is None:
            continue  # a capitalised word the gazetteer does not know is no place
        entity = entities.resolve(mention)
        if place is not None:
            place_names[mention.start] = place.name
            place_states[mention.start] = place.country
            if entity is not None and entity.kb_key is None:
                entity.country = entity.country or place.country
                if entity.type == "LOC" and place.kind != "country":
                    entity.type = "GPE"
                if entity.type == "GPE" and mention.label == "LOC":
                    mention.label = "GPE"  # "in Kharkiv", which the NER took for a region: the city
    for mention, state in settle_shared_demonyms(everything, kb, countries, place_states):
        entities.resolve(mention)
        countries[state] += 1
    entities.place_bodies_of_bodies(everything)
    named = states_named(countries, everything, entities.entities)
    story = story_state(named)
    if story is not None:
        entities.assign_home_country(story)
    author = author_party(document, kb) or opening_speaker(document, everything, entities.entities, kb)
    # (a release's: its author's; a wire story's: its dateline's, else the state it is about)
    dateline = next(
        (
            place_states[m.start]
            for m in everything
            if m.preposition == "dateline" and m.start in place_states
        ),
        None,
    )
    office_state = (author.country if author is not None else None) or dateline or story
    if office_state is not None:
        entities.place_office_holders(office_state)
    if story is not None:
        headline_end = document.text.find("\n")
        in_body = {m.entity for m in everything if m.entity and m.start > headline_end}
        entities.place_people(story, in_body)
        if dominates(named, story):
            outlets = {m.entity for m in everything if m.via == "outlet"}  # (whose state tells nothing)
            entities.place_bodies(story, in_body - outlets)
    sentences = sorted((p for p in layout.passages if p.kind == "sentence"), key=lambda p: p.start)
    starts = [s.start for s in sentences]
    lexicon = load_lexicon()
    # an undated report's "October 25" is of the year of the latest full date it names
    anchor = reference or latest_full_date(document.text)
    events: list[Event] = []
    evidence: list[SentenceEvidence] = []
    memory = PartyMemory()
    told = ToldDays()  # the days the report gave its deeds, for "the strikes" and "the same day" later
    lead: str | None = None  # who a paragraph ending in a colon introduces ("Ryder told reporters:")
    for doc, paragraph, mentions in zip(docs, paragraphs, per_paragraph, strict=True):
        inside = sentences[bisect_left(starts, paragraph.start) : bisect_left(starts, paragraph.end)]
        reader = ParagraphEvents(
            doc, paragraph.start, document.text, mentions, entities.entities, place_names, inside,
            lexicon, reference, anchor, told,
        )  # fmt: skip
        if with_evidence:
            reader.read_evidence(author, story, memory, role_kinds)
        events.extend(reader.events())
        lead = reader.name_quoted_speakers(lead)
        evidence.extend(reader.evidence)
    mark_salience(evidence)
    place_statements_at_dateline(events, evidence, dateline_place(everything, place_names, place_states))
    for event in events:
        event.date = event.date or reference  # reported with no date of its own: as of the report
    extraction = Extraction(
        entities=list(entities.entities.values()),
        places=list(places.places.values()),
        events=_unique(events),
    )
    return extraction, evidence


def publication_name(title: str | None) -> str | None:
    """The name of a dated serial from its dateline title: "Middle East Watch, January 12, 2024"."""
    found = find_full_date(title or "")
    if title is None or found is None or found[2] != len(title.rstrip()):
        return None
    name, comma, _ = title[: found[1]].rpartition(",")
    name = name.strip()
    return name if comma and 3 <= len(name) <= 60 and "," not in name else None


def _unique(events: list[Event]) -> list[Event]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for event in events:
        key = (event.type, event.actor, event.recipient, event.start)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out


def extract_documents(
    items: Iterable[tuple[Document, Layout]], n_process: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[Extraction]:
    """Extractions of many documents, in order. In one process the parsing of all of them streams
    through one `nlp.pipe`; with `n_process` > 1 each worker process parses and extracts whole
    documents, so the work after parsing is spread too."""
    if n_process > 1:
        yield from _extract_in_pool(items, n_process)
        return
    pending = list(items)
    for (document, layout), docs in zip(pending, parse_documents(pending, batch_size), strict=True):
        yield extract_parsed(document, layout, docs)


def parse_documents(
    pending: list[tuple[Document, Layout]], batch_size: int = BATCH_SIZE
) -> Iterator[list[Doc]]:
    """Each document's parsed paragraphs, in order, streamed through one `nlp.pipe`."""
    nlp = load_nlp()

    def texts() -> Iterator[tuple[str, int]]:
        for index, (document, layout) in enumerate(pending):
            cleaned = clean_for_parser(document.text[: layout.body_end])
            for paragraph in paragraphs_of(layout):
                yield sentence_case(cleaned[paragraph.start : paragraph.end]), index

    current: list[Doc] = []
    current_index = 0
    for doc, index in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        # "U.S. Targets Leader ...": the verb the parser missed; "Statement by ... on ... strikes": none
        if not read_verbless_headline(doc, nlp):
            read_titled_statement(doc, nlp)
        while index != current_index:
            yield current
            current, current_index = [], current_index + 1
        current.append(doc)
    while current_index < len(pending):
        yield current
        current, current_index = [], current_index + 1


def extract_document(document: Document, layout: Layout) -> Extraction:
    return next(extract_documents([(document, layout)]))


def warm_up() -> None:
    """Load the model, knowledge base, lexicon and gazetteer (once per process)."""
    load_nlp()
    load_kb()
    load_lexicon()
    load_gazetteer()
    load_event_model()


def _extract_one(item: tuple[Document, Layout]) -> Extraction:
    return extract_document(*item)


def _extract_in_pool(items: Iterable[tuple[Document, Layout]], n_process: int) -> Iterator[Extraction]:
    # Forked workers share what this process has loaded already (copy-on-write), so warm up first.
    warm_up()
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        yield from pool.imap(_extract_one, items, chunksize=1)
