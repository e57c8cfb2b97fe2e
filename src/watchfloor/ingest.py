"""Ingest: read each source, lay it out, store it; one outcome per document, failures included.

Each document is stored in its own transaction, so a crash loses at most the one in flight, and
running the same command again stores only what is missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from watchfloor.errors import InputError, WatchfloorError
from watchfloor.layout import analyse_layout
from watchfloor.readers import read_source
from watchfloor.settings import Settings
from watchfloor.store import Store

Status = Literal["new", "unchanged", "failed"]


@dataclass(frozen=True)
class Outcome:
    """What happened to one source (or one item of a feed)."""

    source: str
    status: Status
    name: str | None = None
    document_id: int | None = None
    message: str | None = None  # the problem, for a failure
    words: int = 0


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def counts(self) -> Counter[str]:
        counts: Counter[str] = Counter({"new": 0, "unchanged": 0, "failed": 0})
        counts.update(o.status for o in self.outcomes)
        return counts

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def ingest_source(source: str, store: Store, settings: Settings) -> list[Outcome]:
    """Read one source and store every document in it; a problem becomes a failed outcome."""
    try:
        documents = read_source(source, settings)
    except InputError as exc:
        return [Outcome(source, "failed", message=exc.problem)]
    except WatchfloorError as exc:
        return [Outcome(source, "failed", message=str(exc))]
    except (ValueError, OSError, RuntimeError) as exc:  # a parser library gave up on the content
        return [Outcome(source, "failed", message=f"could not be read ({type(exc).__name__}: {exc})")]
    outcomes = []
    for document in documents:
        result = store.add_document(document, analyse_layout(document.text))
        outcomes.append(
            Outcome(
                document.source,
                "new" if result.created else "unchanged",
                name=document.name,
                document_id=result.document_id,
                words=len(document.text.split()),
            )
        )
    return outcomes


def ingest(sources: Iterable[str], store: Store, settings: Settings) -> Iterator[Outcome]:
    """Ingest each source in turn, yielding outcomes as they happen."""
    for source in sources:
        yield from ingest_source(source, store, settings)
