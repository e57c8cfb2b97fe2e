"""Ingest: read each source, lay it out, extract what it says, store it; one outcome per document,
failures included.

A document whose text is already stored with its extraction is recognised by its key before any
NLP runs. The others wait in a queue and are extracted in batches (one `nlp.pipe` stream per
batch, over `workers` processes); each is written, with its extraction, in its own transaction as
soon as its extraction is ready, so a crash loses at most the batch still in flight, never a
stored document, and running the same command again does only what is missing.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from watchfloor.corroborate import corroborate_document_of, corroborate_store
from watchfloor.errors import InputError, WatchfloorError
from watchfloor.layout import analyse_layout
from watchfloor.models import Document, Layout
from watchfloor.nlp.extract import extract_documents
from watchfloor.nlp.types import Extraction
from watchfloor.readers import read_source
from watchfloor.settings import Settings
from watchfloor.store import Store
from watchfloor.watch import watch_store

Status = Literal["new", "unchanged", "failed"]
# extract_documents' shape: documents with their layouts, number of processes -> extractions in order;
# an extractor may give an exception in a document's place: that document's failure (Ray does).
Extractor = Callable[[list[tuple[Document, Layout]], int], Iterator[Extraction | Exception]]

BATCH_DOCUMENTS = 32  # documents (per worker) queued before their extraction starts


@dataclass(frozen=True)
class Outcome:
    """What happened to one source (or one item of a feed)."""

    source: str
    status: Status
    name: str | None = None
    document_id: int | None = None
    message: str | None = None  # the problem, for a failure
    words: int = 0
    extracted: bool = False  # its extraction was made and stored by this run


@dataclass
class SourceResult:
    """The outcomes of one source, reported once every document in it is stored (or failed)."""

    source: str
    outcomes: list[Outcome] = field(default_factory=list)


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def counts(self) -> Counter[str]:
        counts: Counter[str] = Counter({"new": 0, "unchanged": 0, "failed": 0, "extracted": 0})
        counts.update(o.status for o in self.outcomes)
        counts["extracted"] = sum(o.extracted for o in self.outcomes)
        return counts

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


@dataclass
class _Source:
    result: SourceResult
    slots: list[Outcome | None] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return all(slot is not None for slot in self.slots)


@dataclass
class _Pending:
    """A document waiting for its extraction (or, for a repeat within the batch, just its write)."""

    source: _Source
    slot: int
    read: Document  # as read now (names the outcome)
    document: Document  # what is stored and extracted: the stored text when it is already there
    layout: Layout
    extract: bool


Reader = Callable[[str, Settings], list[Document] | Outcome]  # a source -> its documents, or its failure


def _read(source: str, settings: Settings) -> list[Document] | Outcome:
    return read_guarded(source, lambda: read_source(source, settings))


def read_guarded(source: str, read: Callable[[], list[Document]]) -> list[Document] | Outcome:
    """The documents `read` gives, or the source's failure: one line saying what was wrong."""
    try:
        return read()
    except InputError as exc:
        return Outcome(source, "failed", message=exc.problem)
    except WatchfloorError as exc:
        return Outcome(source, "failed", message=str(exc))
    except (ValueError, OSError, RuntimeError) as exc:  # a parser library gave up on the content
        return Outcome(source, "failed", message=f"could not be read ({type(exc).__name__}: {exc})")


class Ingester:
    """Runs ingest over many sources; `run` yields each source's result in order, when it is done."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        workers: int = 1,
        batch_documents: int = BATCH_DOCUMENTS,
        extractor: Extractor = extract_documents,
        reader: Reader = _read,
    ) -> None:
        self.store, self.settings = store, settings
        self.workers, self.batch_documents = workers, batch_documents
        self.extractor, self.reader = extractor, reader
        self._sources: deque[_Source] = deque()
        self._queue: list[_Pending] = []
        self._queued_keys: set[str] = set()

    def run(self, sources: Iterable[str]) -> Iterator[SourceResult]:
        corroborate_store(self.store)  # what an interrupted run stored but did not corroborate
        for spec in sources:
            self._add_source(spec)
            if sum(p.extract for p in self._queue) >= self.batch_documents * self.workers:
                yield from self._flush()
            yield from self._finished()
        yield from self._flush()
        yield from self._finished()

    def _add_source(self, spec: str) -> None:
        source = _Source(SourceResult(spec))
        self._sources.append(source)
        documents = self.reader(spec, self.settings)
        if isinstance(documents, Outcome):
            source.slots.append(documents)
            return
        for document in documents:
            source.slots.append(None)
            self._plan(source, len(source.slots) - 1, document)

    def _plan(self, source: _Source, slot: int, document: Document) -> None:
        """Decide, from the key alone, whether the document needs extracting."""
        key = document.key
        if key in self._queued_keys:  # a repeat of a document in this batch: written after it
            layout = analyse_layout(document.text)
            self._queue.append(_Pending(source, slot, document, document, layout, extract=False))
            return
        status = self.store.document_status(key)
        if status is not None and status.extracted:
            source.slots[slot] = _outcome(document, "unchanged", status.document_id)
            return
        stored = self.store.get_document(status.document_id) if status is not None else None
        if stored is not None:  # stored without an extraction (e.g. before schema 2): extract it now
            layout = Layout(stored.body_end, stored.citations, stored.passages)
            self._queue.append(_Pending(source, slot, document, stored.document, layout, extract=True))
        else:
            layout = analyse_layout(document.text)
            self._queue.append(_Pending(source, slot, document, document, layout, extract=True))
        self._queued_keys.add(key)

    def _flush(self) -> Iterator[SourceResult]:
        queue, self._queue, self._queued_keys = self._queue, [], set()
        extractions = _Extractions(self.extractor, [p for p in queue if p.extract], self.workers)
        for pending in queue:
            if not pending.extract:
                result = self.store.add_document(pending.document, pending.layout)
                status: Status = "new" if result.created else "unchanged"
                pending.source.slots[pending.slot] = _outcome(pending.read, status, result.document_id)
                continue
            extraction = extractions.next()
            if isinstance(extraction, Exception):
                problem = f"extraction failed ({type(extraction).__name__}: {extraction})"
                pending.source.slots[pending.slot] = Outcome(
                    pending.read.source, "failed", name=pending.read.name, message=problem
                )
                continue
            result = self.store.add_document(pending.document, pending.layout, extraction)
            corroborate_document_of(
                self.store, result.document_id
            )  # near-duplicates, clusters: own transaction
            watch_store(self.store)  # new events against saved watches: alerts, delivery; never raises
            pending.source.slots[pending.slot] = _outcome(
                pending.read, "new" if result.created else "unchanged", result.document_id, result.extracted
            )
            yield from self._finished()

    def _finished(self) -> Iterator[SourceResult]:
        while self._sources and self._sources[0].done:
            source = self._sources.popleft()
            source.result.outcomes = [slot for slot in source.slots if slot is not None]
            yield source.result


class _Extractions:
    """The extractions of a batch, one at a time; if the batch's stream fails, each remaining
    document is extracted on its own, so one bad document fails alone."""

    def __init__(self, extractor: Extractor, pending: list[_Pending], workers: int) -> None:
        self.extractor = extractor
        self.items = [(p.document, p.layout) for p in pending]
        self.position = 0
        self.stream: Iterator[Extraction | Exception] | None = (
            extractor(self.items, workers) if self.items else None
        )

    def next(self) -> Extraction | Exception:
        item = self.items[self.position]
        self.position += 1
        if self.stream is not None:
            try:
                return next(self.stream)
            except Exception:  # retried alone below, where its error is reported
                self.stream = None
        try:
            return next(self.extractor([item], 1))
        except Exception as exc:  # a bug on one text must not stop the batch
            return exc


def _outcome(document: Document, status: Status, document_id: int | None, extracted: bool = False) -> Outcome:
    return Outcome(
        document.source,
        status,
        name=document.name,
        document_id=document_id,
        words=len(document.text.split()),
        extracted=extracted,
    )


def ingest_sources(
    sources: Iterable[str],
    store: Store,
    settings: Settings,
    workers: int = 1,
    extractor: Extractor = extract_documents,
) -> Iterator[SourceResult]:
    """Ingest every source, yielding each source's result, in order, once it is all stored."""
    return Ingester(store, settings, workers=workers, extractor=extractor).run(sources)


def ingest(
    sources: Iterable[str],
    store: Store,
    settings: Settings,
    workers: int = 1,
    extractor: Extractor = extract_documents,
) -> Iterator[Outcome]:
    """Ingest each source, yielding outcomes as they happen."""
    for result in ingest_sources(sources, store, settings, workers, extractor):
        yield from result.outcomes
