"""Speed figures printed by `watchfloor bench` (no timing assertions live in tests).

`extraction_speed` compares, on the same texts in the same run, the bare spaCy pipeline (the
reference: the base model's `nlp.pipe` over the very paragraph texts the extraction parses) with
the whole extraction (`extract_documents`), first in one process, then in several. Loading the
models, the knowledge base, the gazetteer and the trigger lexicon, and a warm-up pass, are timed
apart and kept out of both measurements. `ingest_throughput` times whole ingests into a fresh store.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchfloor.geo import load_gazetteer
from watchfloor.ingest import ingest
from watchfloor.kb import load_kb
from watchfloor.layout import analyse_layout
from watchfloor.models import Document, Layout
from watchfloor.nlp.clean import clean_for_parser
from watchfloor.nlp.extract import BATCH_SIZE, extract_documents, paragraphs_of
from watchfloor.nlp.model import load_base_nlp, load_nlp
from watchfloor.nlp.triggers import load_lexicon
from watchfloor.readers import expand_sources, read_source
from watchfloor.settings import Settings
from watchfloor.store import open_store

WARM_UP_TEXT = (
    "Desk Note, May 2, 2024\n\nOn Tuesday the defence ministers of two states signed a drone agreement "
    "in the capital, officials said.\n"
)


@dataclass(frozen=True)
class Speed:
    words: int
    seconds: float

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class ExtractionSpeed:
    documents: int
    paragraphs: int
    words: int  # white-space separated words of the parsed paragraph texts
    processes: int  # the "all cores" runs use this many
    load: list[tuple[str, float]]  # (what, seconds), outside the timed spans
    parse: Speed  # base spaCy pipeline, one process
    extract: Speed  # full extraction, one process
    parse_all: Speed  # the same, `processes` processes
    extract_all: Speed

    @staticmethod
    def ratio(extract: Speed, parse: Speed) -> float:
        """Extraction speed as a fraction of the bare parser's."""
        return extract.words_per_second / parse.words_per_second if parse.words_per_second else 0.0

    @staticmethod
    def speed_up(many: Speed, one: Speed) -> float:
        return many.words_per_second / one.words_per_second if one.words_per_second else 0.0


def read_documents(paths: list[str], settings: Settings) -> list[tuple[Document, Layout]]:
    """Every document the paths hold, laid out (reading is not part of any timed span)."""
    items = []
    for source in expand_sources(paths):
        for document in read_source(source, settings):
            items.append((document, analyse_layout(document.text)))
    return items


def parser_texts(items: list[tuple[Document, Layout]]) -> list[str]:
    """The cleaned paragraph texts `extract_documents` hands to `nlp.pipe`, in the same order."""
    texts: list[str] = []
    for document, layout in items:
        cleaned = clean_for_parser(document.text[: layout.body_end])
        texts.extend(cleaned[p.start : p.end] for p in paragraphs_of(layout))
    return texts


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _warm_up() -> None:
    document = Document(text=WARM_UP_TEXT, source="warm-up", name="warm-up", format="text")
    for _ in extract_documents([(document, analyse_layout(document.text))]):
        pass
    for _ in load_base_nlp().pipe([WARM_UP_TEXT]):
        pass


def extraction_speed(
    paths: list[str], settings: Settings, processes: int, repeat: int = 1
) -> ExtractionSpeed:
    """Time the bare parser and the full extraction on the documents in `paths`, each taken
    `repeat` times (a small corpus gives several processes too few batches to share)."""
    items = read_documents(paths, settings) * repeat
    texts = parser_texts(items)
    words = sum(len(text.split()) for text in texts)
    load = [
        ("knowledge base", _timed(load_kb)),
        ("gazetteer", _timed(load_gazetteer)),
        ("trigger lexicon", _timed(load_lexicon)),
        ("extraction pipeline (spaCy model + components)", _timed(load_nlp)),
        ("base spaCy model", _timed(load_base_nlp)),
        ("warm-up pass", _timed(_warm_up)),
    ]

    def parse(n_process: int) -> Speed:
        def run() -> None:
            for _ in load_base_nlp().pipe(texts, n_process=n_process, batch_size=BATCH_SIZE):
                pass

        return Speed(words, _timed(run))

    def extract(n_process: int) -> Speed:
        def run() -> None:
            for _ in extract_documents(items, n_process=n_process):
                pass

        return Speed(words, _timed(run))

    return ExtractionSpeed(
        documents=len(items),
        paragraphs=len(texts),
        words=words,
        processes=processes,
        load=load,
        parse=parse(1),
        extract=extract(1),
        parse_all=parse(processes),
        extract_all=extract(processes),
    )


@dataclass(frozen=True)
class IngestThroughput:
    documents: int
    words: int
    seconds: float

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def ingest_throughput(
    paths: list[str], repeat: int, settings: Settings, workers: int = 1, ray: str | None = None
) -> IngestThroughput:
    """Ingest every input `repeat` times into a fresh database, each copy made distinct.

    A copy differs by one line after its first, so each is a new document and the store does the
    full work of reading, laying out, extracting and writing it, all inside the timed span (the
    models are loaded before it starts).
    """
    load_nlp(), load_gazetteer(), load_lexicon()
    with tempfile.TemporaryDirectory(prefix="watchfloor-bench-") as tmp:
        root = Path(tmp)
        copies = distinct_copies(paths, repeat, root)
        store = open_store(root / "bench.db")
        if ray is not None:  # the cluster is joined, and its workers warmed up, outside the timing
            from watchfloor.ray_ingest import connect, warm_up

            warm_up(connect(ray))
        started = time.perf_counter()
        if ray is not None:
            from watchfloor.ray_ingest import ingest_sources_ray

            results = ingest_sources_ray(copies, store, settings, address=ray)
            outcomes = [o for result in results for o in result.outcomes]
        else:
            outcomes = list(ingest(copies, store, settings, workers=workers))
        seconds = time.perf_counter() - started
        store.close()
    stored = [o for o in outcomes if o.status == "new"]
    return IngestThroughput(len(stored), sum(o.words for o in stored), seconds)


def distinct_copies(paths: list[str], repeat: int, root: Path, tag: str = "Benchmark") -> list[str]:
    """`repeat` copies of each input in `root`, each differing by one line after its first (at
    the end, after YAML front matter), so each is a new document."""
    copies = []
    for index, source in enumerate(expand_sources(paths)):
        original = Path(source)
        text = original.read_text(encoding="utf-8")
        for copy in range(repeat):
            target = root / f"{index:03d}-{copy:05d}-{original.name}"
            first, _, rest = text.partition("\n")
            if first.strip() == "---":  # YAML front matter: the line goes at the end instead
                target.write_text(f"{text.rstrip()}\n\n{tag} copy {copy}.\n", encoding="utf-8")
            else:
                target.write_text(f"{first}\n{tag} copy {copy}.\n{rest}", encoding="utf-8")
            copies.append(str(target))
    return copies
