"""Ingest over a Ray cluster: parsing each source and extracting each whole document are Ray tasks.

The driver reads the files' bytes (the files need only be on its machine; tasks parse them and
fetch URLs), recognises stored texts by their key before any NLP runs, and is the one writer: it
writes each extraction, in source order, in the same per-document transaction as a local ingest
(`Ingester`), so a Ray ingest is idempotent, resumable after a kill and stores the same records.
Back-pressure: at most `PER_CPU` tasks per cluster CPU of each kind are submitted and not yet
collected, so neither the object store nor the driver holds more documents than that. A task that
fails is retried (`RETRIES`, application errors included); one that still fails is that source's
or document's failure, and the batch goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from watchfloor.errors import WatchfloorError
from watchfloor.ingest import Ingester, Outcome, SourceResult, read_guarded
from watchfloor.models import Document, Layout
from watchfloor.nlp.types import Extraction
from watchfloor.readers import read_source, source_bytes
from watchfloor.readers.web import is_url
from watchfloor.settings import Settings
from watchfloor.store import Store

RETRIES = 2  # a failed task is run again this many times before its document fails
PER_CPU = 2  # tasks in flight per cluster CPU: enough to keep every worker busy


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:  # the optional extra
        raise WatchfloorError("--ray needs the ray extra: pip install 'watchfloor[ray]'") from exc
    return ray


def _extract_one(document: Document, layout: Layout) -> Extraction:
    """The task: one document's extraction (models load once per Ray worker process and stay)."""
    from watchfloor.nlp.extract import extract_documents

    return next(extract_documents([(document, layout)], 1))


def connect(address: str, num_cpus: int | None = None) -> int:
    """Join the Ray cluster at `address` ("auto": the running one, else a new local one) unless
    connected already; returns the cluster's CPUs."""
    ray = _ray()
    if not ray.is_initialized():
        target = None if address == "auto" else address
        options: dict[str, Any] = {"address": target, "include_dashboard": False, "log_to_driver": False}
        if target is None and num_cpus is not None:
            options["num_cpus"] = num_cpus
        ray.init(**options)
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _load() -> int:
    from watchfloor.nlp.model import load_nlp

    load_nlp()
    return 1


def warm_up(cpus: int) -> None:
    """Load the models in every worker (a task per CPU), so timings leave start-up out."""
    ray = _ray()
    task = ray.remote(num_cpus=1)(_load)
    ray.get([task.remote() for _ in range(cpus)])


class RayExtractor:
    """An `Extractor` for `Ingester`: every document a Ray task, collected in order."""

    def __init__(self, in_flight: int, work: Callable[[Document, Layout], Extraction] = _extract_one) -> None:
        ray = _ray()
        self.ray, self.in_flight = ray, max(1, in_flight)
        self.task = ray.remote(num_cpus=1, max_retries=RETRIES, retry_exceptions=True)(work)

    def __call__(
        self, items: list[tuple[Document, Layout]], workers: int
    ) -> Iterator[Extraction | Exception]:
        pending: deque[Any] = deque()
        queue = iter(items)
        for document, layout in queue:
            pending.append(self.task.remote(document, layout))
            if len(pending) >= self.in_flight:
                break
        while pending:
            head = pending.popleft()
            try:
                result: Extraction | Exception = self.ray.get(head)
            except Exception as exc:  # RayTaskError (retries spent), worker or node lost
                result = WatchfloorError(_problem(exc))
            following = next(queue, None)
            if following is not None:
                pending.append(self.task.remote(*following))
            yield result


def _read_one(spec: str, data: bytes | None, settings: Settings) -> list[Document] | Outcome:
    """The reading task: parse a file's bytes (read by the driver, where the file is), or fetch a URL."""
    from watchfloor.readers import parse_source

    if data is None:
        return read_guarded(spec, lambda: read_source(spec, settings))
    return read_guarded(spec, lambda: parse_source(spec, data))


class RayReader:
    """A `Reader` for `Ingester` that parses the sources on the cluster, `window` of them ahead of
    the one asked for, in the order `Ingester` asks (the order of `sources`). The driver reads a
    file's bytes (so files need only be on the driver's machine); URLs are fetched by the task."""

    def __init__(self, sources: list[str], settings: Settings, window: int) -> None:
        ray = _ray()
        self.ray, self.settings = ray, settings
        self.task = ray.remote(num_cpus=1, max_retries=RETRIES, retry_exceptions=True)(_read_one)
        self.upcoming = iter(sources)
        self.pending: deque[tuple[str, Any]] = deque()
        for _ in range(max(1, window)):
            self._submit()

    def _submit(self) -> None:
        spec = next(self.upcoming, None)
        if spec is None:
            return
        if is_url(spec):
            self.pending.append((spec, self.task.remote(spec, None, self.settings)))
            return
        data: list[bytes] = []

        def fetch() -> list[Document]:
            data.append(source_bytes(spec, self.settings))
            return []

        failure = read_guarded(spec, fetch)
        if isinstance(failure, Outcome):  # unreadable here: its failure, without a task
            self.pending.append((spec, failure))
        else:
            self.pending.append((spec, self.task.remote(spec, data[0], self.settings)))

    def __call__(self, spec: str, settings: Settings) -> list[Document] | Outcome:
        expected, ref = self.pending.popleft()
        if expected != spec:  # asked out of order: read it here
            self.pending.appendleft((expected, ref))
            return read_guarded(spec, lambda: read_source(spec, settings))
        self._submit()
        if isinstance(ref, Outcome):
            return ref
        try:
            result: list[Document] | Outcome = self.ray.get(ref)
        except Exception as exc:  # retries spent, worker or node lost
            return Outcome(spec, "failed", message=f"could not be read ({_problem(exc)})")
        return result


def _problem(exc: Exception) -> str:
    cause = getattr(exc, "cause", None)
    shown = cause if isinstance(cause, BaseException) else exc
    return f"{type(shown).__name__}: {str(shown).strip().splitlines()[-1] if str(shown).strip() else ''}"


def ingest_sources_ray(
    sources: Iterable[str],
    store: Store,
    settings: Settings,
    address: str = "auto",
    num_cpus: int | None = None,
    work: Callable[[Document, Layout], Extraction] = _extract_one,
) -> Iterator[SourceResult]:
    """Ingest every source with extraction spread over a Ray cluster, yielding each source's
    result, in order, once it is all stored (as `ingest_sources` does). `work` is the task run
    on each document (the extraction; tests give one that fails on purpose)."""
    cpus = connect(address, num_cpus)
    listed = list(sources)
    extractor = RayExtractor(PER_CPU * cpus, work)
    reader = RayReader(listed, settings, PER_CPU * cpus)
    return Ingester(store, settings, workers=cpus, extractor=extractor, reader=reader).run(listed)
