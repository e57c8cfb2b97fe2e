"""The one small storage interface; SQLite implements it now, PostgreSQL later."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from watchfloor.models import Citation, Document, Layout, Passage


@dataclass(frozen=True)
class AddResult:
    """What storing one document did: `created` is False when the same text was already stored."""

    document_id: int
    key: str
    created: bool


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


class Store(Protocol):
    def add_document(self, document: Document, layout: Layout) -> AddResult: ...

    def has_document(self, key: str) -> bool: ...

    def get_document(self, document_id: int) -> StoredDocument | None: ...

    def document_ids(self) -> list[int]: ...

    def search(self, query: str, filters: SearchFilters | None = None) -> list[SearchHit]: ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...
