"""`watchfloor bench --ingest --ray`: whole-ingest rates of one process, `--workers N` and Ray on
the same texts in one run, and what Ray costs per document over a local process."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.bench import IngestThroughput, ingest_throughput
from watchfloor.settings import Settings


@dataclass(frozen=True)
class IngestRates:
    rows: list[tuple[str, IngestThroughput]]  # (how, measured), one process first
    ray_cpus: int

    def ray_overhead(self) -> float | None:
        """Seconds of CPU per document Ray spends beyond one local process's (0 when perfectly
        spread): Ray's seconds times its CPUs, less one process's seconds, per document."""
        one = dict(self.rows).get("1 process")
        ray = next((m for how, m in self.rows if how.startswith("Ray")), None)
        if one is None or ray is None or not ray.documents:
            return None
        return (ray.seconds * self.ray_cpus - one.seconds) / ray.documents


def ingest_rates(
    paths: list[str], repeat: int, settings: Settings, workers: int = 2, ray: str | None = "auto"
) -> IngestRates:
    rows = [("1 process", ingest_throughput(paths, repeat, settings))]
    rows.append((f"--workers {workers}", ingest_throughput(paths, repeat, settings, workers=workers)))
    cpus = 0
    if ray is not None:
        from watchfloor.ray_ingest import connect

        cpus = connect(ray)
        rows.append((f"Ray ({cpus} CPUs)", ingest_throughput(paths, repeat, settings, ray=ray)))
    return IngestRates(rows, cpus)
