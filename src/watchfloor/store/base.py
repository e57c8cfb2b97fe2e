"""The one small storage interface, implemented by the SQLite store and the PostgreSQL one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from watchfloor.models import Citation, Document, Layout, Passage
from watchfloor.nlp.types import Extraction


@dataclass(frozen=True)
class AddResult:
    """What storing one document did: `created` is False when the same text was already stored;
    `extracted` is True when this call stored the document's extraction."""

    document_id: int
    key: str
    created: bool
    extracted: bool = False


@dataclass(frozen=True)
class DocumentStatus:
    """Whether a text is stored (under `document_id`) and whether its extraction is stored too."""

    document_id: int
    extracted: bool


@dataclass
class StoredDocument:
    """A document as kept in the store, with its layout."""

    id: int
    key: str
    document: Document
    body_end: int
    ingested_at: str
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)


@dataclass(frozen=True)
class SearchFilters:
    """Optional limits on a search: publication dates (ISO prefixes, inclusive) and source."""

    since: str | None = None
    until: str | None = None
    source: str | None = None  # matches outlet, URL, file name or path, case aside
    limit: int = 20
    offset: int = 0  # hits skipped, for paging: the next page starts at offset + limit


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document_name: str
    title: str | None
    published: str | None
    outlet: str | None
    start: int  # span of the matching paragraph in the stored text
    end: int
    parts: tuple[tuple[str, bool], ...]  # the snippet as (text, is a matching word) pieces
    score: float  # BM25; lower is better, as SQLite reports it

    @property
    def snippet(self) -> str:
        """The snippet as plain text with each matching word wrapped in [ and ]."""
        return "".join(f"[{text}]" if hit else text for text, hit in self.parts)

    def as_dict(self) -> dict[str, object]:
        fields = {k: v for k, v in self.__dict__.items() if k != "parts"}
        return {**fields, "snippet": self.snippet}


@dataclass(frozen=True)
class StoreStats:
    documents: int
    passages: int
    citations: int
    entities: int = 0  # canonical: one per real-world thing across documents
    places: int = 0
    events: int = 0


class Store(Protocol):
    def add_document(
        self, document: Document, layout: Layout, extraction: Extraction | None = None
    ) -> AddResult:
        """Store a document, its layout and (when given) its extraction in one transaction; a text
        already stored is left as it was, except that an extraction it lacks is added."""
        ...

    def has_document(self, key: str) -> bool: ...

    def document_status(self, key: str) -> DocumentStatus | None: ...

    def get_document(self, document_id: int) -> StoredDocument | None: ...

    def get_extraction(self, document_id: int) -> Extraction | None:
        """The stored extraction of a document, as it was made; None if none is stored."""
        ...

    def event_type_counts(self) -> list[tuple[str, int]]:
        """Stored events per type, most frequent first."""
        ...

    def document_ids(self) -> list[int]: ...

    def search(self, query: str, filters: SearchFilters | None = None) -> list[SearchHit]: ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...
