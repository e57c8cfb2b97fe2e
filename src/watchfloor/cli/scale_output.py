"""Tables of the scale benchmarks (`bench --ingest --ray`, `--scale`, `--growth`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from rich.table import Table

from watchfloor.cli.common import out

if TYPE_CHECKING:
    from watchfloor.scale.build import BuildResult
    from watchfloor.scale.growth import GrowthPoint
    from watchfloor.scale.ingest_rates import IngestRates
    from watchfloor.web.bench import RouteLatency


def print_ingest_rates(rates: IngestRates) -> None:
    table = Table(
        "", "documents", "words", "seconds", "documents/s", "words/s", title="Ingest rates, same texts"
    )
    for how, measured in rates.rows:
        table.add_row(
            how,
            str(measured.documents),
            f"{measured.words:,}",
            f"{measured.seconds:.2f}",
            f"{measured.documents_per_second:,.2f}",
            f"{measured.words_per_second:,.0f}",
        )
    out.print(table)
    overhead = rates.ray_overhead()
    if overhead is not None:
        out.print(
            f"Ray's overhead: {overhead:+.2f} CPU-seconds per document over one local process "
            f"({rates.ray_cpus} CPUs × Ray's seconds, less one process's, per document)"
        )


def print_build(result: BuildResult, path: str) -> None:
    out.print(
        f"Synthetic store {escape(path)}: {result.documents:,} documents, {result.passages:,} passages, "
        f"{result.events:,} events ({result.seconds:.0f} s to build)"
    )


def print_route_latency(latencies: list[RouteLatency], title: str, median: str = "p50 ms") -> None:
    """Each route's requests and median and 95th-percentile latency (`bench --web`, `--scale`)."""
    table = Table("route", "requests", median, "p95 ms", title=title)
    for measured in latencies:
        table.add_row(
            escape(measured.route),
            str(measured.requests),
            f"{measured.median_ms:.1f}",
            f"{measured.p95_ms:.1f}",
        )
    out.print(table)


def print_growth(points: list[GrowthPoint]) -> None:
    table = Table(
        "stored documents",
        "documents timed",
        "ms per document (median)",
        "run start-up ms",
        "extraction ms per document (apart)",
        title="Ingest cost per document as the store grows (extraction made apart)",
    )
    for point in points:
        table.add_row(
            f"{point.stored:,}",
            str(point.documents),
            f"{point.median_seconds * 1000:.1f}",
            f"{point.start_seconds * 1000:.1f}",
            f"{point.extraction_seconds * 1000:.0f}",
        )
    out.print(table)
