"""The timeline: dated events of a query counted per month or year and per type, with the events
themselves, and the bar chart the page draws from the counts (an SVG built here, escaped by the
template)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Literal

from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.web.convert import event_out
from watchfloor.web.map_data import QUADS, quad_of
from watchfloor.web.view_schemas import TimelineBucket, TimelineResponse

Bucket = Literal["month", "year"]
CHART_WIDTH = 960
CHART_HEIGHT = 220
AXIS = 24  # room under the bars for labels


def bucket_of(date: str, bucket: Bucket) -> str:
    """2023-07-31 → 2023-07 (month) or 2023 (year); a date known only to its year stays 2023."""
    return date[:7] if bucket == "month" and len(date) >= 7 else date[:4]


def timeline(queries: StoreQueries, filters: EventFilters, bucket: Bucket) -> TimelineResponse:
    """Dated events passing `filters` (at most `filters.limit`), by date, and their counts per
    bucket: the counts add up to the events listed."""
    bigger = replace(filters, limit=filters.limit + 1)
    rows = queries.events(bigger, require=("date",))
    truncated = len(rows) > filters.limit
    rows = rows[: filters.limit]
    types: dict[str, Counter[str]] = {}
    for row in rows:
        assert row.date is not None  # required above
        types.setdefault(bucket_of(row.date, bucket), Counter())[row.type] += 1
    buckets = []
    for key in sorted(types):
        quads: Counter[str] = Counter()
        for event_type, n in types[key].items():
            quads[quad_of(event_type)] += n
        buckets.append(
            TimelineBucket(
                bucket=key,
                count=sum(types[key].values()),
                types=dict(sorted(types[key].items())),
                quads=dict(quads),
            )
        )
    return TimelineResponse(
        bucket=bucket,
        total=len(rows),
        truncated=truncated,
        buckets=buckets,
        events=[event_out(r) for r in rows],
    )


@dataclass(frozen=True)
class Bar:
    """One stacked segment of the chart: a rectangle, its quad class and its tooltip."""

    x: float
    y: float
    width: float
    height: float
    quad: str
    title: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    labels: list[Label]
    peak: int


def chart(data: TimelineResponse) -> Chart:
    """Bars stacked by quad class, one column per bucket, scaled to the busiest bucket; every
    label and tooltip is plain text for the template to escape."""
    peak = max((b.count for b in data.buckets), default=0)
    n = max(len(data.buckets), 1)
    slot = CHART_WIDTH / n
    width = max(min(slot * 0.8, 60.0), 2.0)
    usable = CHART_HEIGHT - AXIS - 8
    bars: list[Bar] = []
    labels: list[Label] = []
    every = max(1, round(n / 16))  # at most ~16 axis labels
    for i, b in enumerate(data.buckets):
        x = i * slot + (slot - width) / 2
        y = float(CHART_HEIGHT - AXIS)
        for quad in (*QUADS, "unknown"):
            count = b.quads.get(quad, 0)
            if not count:
                continue
            height = usable * count / peak
            y -= height
            kinds = ", ".join(f"{t} {c}" for t, c in b.types.items() if quad_of(t) == quad)
            title = f"{b.bucket}: {count} {quad.replace('_', ' ')} ({kinds})"
            bars.append(Bar(round(x, 1), round(y, 1), round(width, 1), round(height, 1), quad, title))
        if i % every == 0:
            labels.append(Label(round(x + width / 2, 1), CHART_HEIGHT - 8, b.bucket))
    return Chart(CHART_WIDTH, CHART_HEIGHT, bars, labels, peak)
