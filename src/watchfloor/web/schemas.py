"""Response models of the JSON API (they are also what the pages render)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    detail: str = Field(description="What was wrong.")


class Span(BaseModel):
    """A character span [start, end) of the document's stored text."""

    start: int
    end: int


class SnippetPart(BaseModel):
    text: str
    hit: bool = Field(description="A word the query matched.")


class SearchHitOut(BaseModel):
    document_id: int
    document_name: str
    title: str | None
    published: str | None
    outlet: str | None
    start: int = Field(description="Span of the matching paragraph in the stored text.")
    end: int
    score: float = Field(description="BM25; lower is better.")
    snippet: str = Field(description="The snippet with each matching word in [ and ].")
    parts: list[SnippetPart]
    reader_url: str = Field(description="The reader page, at the paragraph.")


class SearchResponse(BaseModel):
    query: str
    scope: str = Field(description="Event filters apply to the matching passage or whole document.")
    hits: list[SearchHitOut]


class EventCitationOut(BaseModel):
    marker: str
    url: str | None = Field(description="None when the document has no note for the marker.")
    href: str | None = Field(description="The URL as a safe http(s) link, or None.")
    defanged: bool
    foreign: bool


class EventOut(BaseModel):
    id: int
    document_id: int
    document_name: str
    document_title: str | None
    published: str | None
    type: str = Field(description="PLOVER event type.")
    mode: str | None
    actor: str | None
    actor_id: int | None = Field(description="Entity id when the actor resolved to one.")
    actor_country: str | None
    recipient: str | None
    recipient_id: int | None
    recipient_country: str | None
    date: str | None = Field(description="ISO 8601 prefix: 2023, 2023-07, 2023-07-31.")
    place: str | None
    place_id: int | None
    certainty: str
    source: str | None = Field(description="Who the claim is attributed to.")
    source_id: int | None
    trigger: str
    quantity: str | None
    confidence: float = Field(description="How strongly the evidence supports the event, in [0, 1].")
    sentence: str
    start: int = Field(description="The sentence's span in the document's text.")
    end: int
    trigger_span: Span | None = Field(
        default=None, description="Where the trigger sits in the text (document view only)."
    )
    markers: list[str]
    citations: list[EventCitationOut]


class EventsResponse(BaseModel):
    count: int
    events: list[EventOut]


class CitationOut(BaseModel):
    marker: str
    url: str
    raw: str = Field(description="The address as the note wrote it.")
    href: str | None = Field(description="The URL as a safe http(s) link, or None.")
    defanged: bool
    foreign: bool


class PassageOut(BaseModel):
    kind: str
    start: int
    end: int
    section: str | None
    markers: list[str]


class MarkerOut(BaseModel):
    start: int
    end: int
    labels: list[str]


class DocumentEntityOut(BaseModel):
    id: int
    name: str
    type: str
    country: str | None
    title: str | None
    surfaces: list[str] = Field(description="The forms the document uses.")
    spans: list[Span] = Field(description="Where those forms stand in the body.")


class DocumentPlaceOut(BaseModel):
    id: int
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None
    surfaces: list[str]
    spans: list[Span]


class DocumentOut(BaseModel):
    id: int
    name: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    href: str | None
    authors: list[str]
    lang: str | None
    format: str
    source: str
    ingested_at: str
    extracted_at: str | None
    text: str
    body_end: int = Field(description="The notes section starts here.")
    citations: list[CitationOut]
    passages: list[PassageOut]
    markers: list[MarkerOut] = Field(description="Note markers in the body.")
    entities: list[DocumentEntityOut]
    places: list[DocumentPlaceOut]
    events: list[EventOut]


class EntitySummaryOut(BaseModel):
    id: int
    name: str
    type: str
    country: str | None
    title: str | None
    matched: str | None = Field(description="The alias or name the query matched.")
    documents: int
    events: int


class EntityLookupResponse(BaseModel):
    query: str
    entities: list[EntitySummaryOut]


class CounterpartOut(BaseModel):
    id: int | None = Field(description="Entity id, None for a party that did not resolve.")
    name: str
    country: str | None
    events: int
    as_recipient: int = Field(description="Events where the entity acted on this counterpart.")
    as_actor: int = Field(description="Events where this counterpart acted on the entity.")


class DocumentRefOut(BaseModel):
    id: int
    name: str
    title: str | None
    published: str | None
    outlet: str | None
    events: int = Field(description="Events of the document where the entity is a party.")


class EntityOut(BaseModel):
    id: int
    key: str
    kb_key: str | None
    name: str
    type: str
    country: str | None
    title: str | None = Field(description="Office or title.")
    aliases: list[str]
    as_actor: list[EventOut] = Field(description="The first events with it as actor, by date.")
    as_recipient: list[EventOut] = Field(description="The first events with it as recipient, by date.")
    as_actor_total: int = Field(description="All its events as actor (page with /api/events?actor=ID).")
    as_recipient_total: int = Field(description="All its events as recipient.")
    counterparts: list[CounterpartOut]
    documents: list[DocumentRefOut] = Field(
        description="A page of the documents mentioning it, latest first."
    )
    documents_total: int = Field(description="All the documents that mention it.")
    documents_offset: int = Field(description="Documents skipped before this page.")
