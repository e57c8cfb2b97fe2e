"""The timeline's data: every dated event of a query counted per period (day, ISO week, month or
year) and per type, in SQL, with one page of the events themselves. An event dated less precisely
than the period (a year-only date by month) counts in a period of its own precision, marked
coarse, which the chart draws as a span across it (`timeline_chart`)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.web.convert import event_out
from watchfloor.web.map_data import quad_of
from watchfloor.web.view_schemas import TimelineBucket, TimelineResponse

Bucket = Literal["day", "week", "month", "year"]
BUCKETS: tuple[Bucket, ...] = ("day", "week", "month", "year")
_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Period:
    """[start, end) of a bar; `coarse` when the date is less precise than the chosen bucket."""

    key: str
    start: dt.date
    end: dt.date
    coarse: bool = False


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _year(year: int, coarse: bool) -> Period:
    return Period(f"{year:04d}", dt.date(year, 1, 1), dt.date(year + 1, 1, 1), coarse)


def _month(year: int, month: int, coarse: bool) -> Period:
    first = dt.date(year, month, 1)
    return Period(f"{year:04d}-{month:02d}", first, _next_month(first), coarse)


def parse_prefix(date: str) -> tuple[dt.date, Literal["day", "month", "year"]] | None:
    """An ISO date prefix (2023, 2023-07, 2023-07-31) as its first day and its precision; an
    impossible day falls back to its month, an impossible month to its year."""
    for size, precision in ((10, "day"), (7, "month"), (4, "year")):
        if len(date) < size:
            continue
        text = date[:size] + {10: "", 7: "-01", 4: "-01-01"}[size]
        try:
            return dt.date.fromisoformat(text), precision  # type: ignore[return-value]
        except ValueError:
            continue
    return None


@lru_cache(maxsize=1 << 16)  # the archive's days, per bucket: the counts repeat them once per type
def period_of(date: str, bucket: Bucket) -> Period | None:
    """The period a date falls in: 2023-07-31 → 2023-W31 (week), 2023-07 (month), 2023 (year); a
    date coarser than the bucket is a coarse period of its own precision."""
    parsed = parse_prefix(date)
    if parsed is None:
        return None
    day, precision = parsed
    if _RANK[precision] > _RANK[bucket]:
        return _year(day.year, True) if precision == "year" else _month(day.year, day.month, True)
    if bucket == "year":
        return _year(day.year, False)
    if bucket == "month":
        return _month(day.year, day.month, False)
    if bucket == "week":
        year, week, weekday = day.isocalendar()
        monday = day - dt.timedelta(days=weekday - 1)
        return Period(f"{year:04d}-W{week:02d}", monday, monday + dt.timedelta(days=7))
    return Period(day.isoformat(), day, day + dt.timedelta(days=1))


def bucket_of(date: str, bucket: Bucket) -> str:
    """The key of a date's period (the date's own prefix when it cannot be read)."""
    found = period_of(date, bucket)
    return found.key if found is not None else date


PREFIX: dict[Bucket, int] = {"day": 10, "week": 10, "month": 7, "year": 4}  # date characters counted by


def period_counts(queries: StoreQueries, filters: EventFilters, bucket: Bucket) -> list[TimelineBucket]:
    """Every dated event passing `filters`, counted per date prefix and type in SQL, then per period
    here (a week's days add up), in time order (a coarse period before the finer ones it holds)."""
    periods: dict[str, Period] = {}
    per_type: dict[tuple[str, str], int] = defaultdict(int)  # (period, type) -> events
    for prefix, event_type, n in queries.dated_counts(filters, PREFIX[bucket]):
        period = period_of(prefix, bucket)
        if period is not None:
            periods[period.key] = period
            per_type[period.key, event_type] += n
    types: dict[str, dict[str, int]] = defaultdict(dict)
    for (key, event_type), n in per_type.items():
        types[key][event_type] = n
    ordered = sorted(periods.values(), key=lambda p: (p.start, -(p.end - p.start).days, p.key))
    buckets = []
    for period in ordered:
        counts = types[period.key]
        quads: Counter[str] = Counter()
        for event_type, n in counts.items():
            quads[quad_of(event_type)] += n
        buckets.append(
            TimelineBucket(
                bucket=period.key,
                start=period.start.isoformat(),
                end=period.end.isoformat(),
                coarse=period.coarse,
                count=sum(counts.values()),
                types=dict(sorted(counts.items())),
                quads=dict(quads),
            )
        )
    return buckets


def timeline(queries: StoreQueries, filters: EventFilters, bucket: Bucket) -> TimelineResponse:
    """Every dated event passing `filters` counted per period (`total` is their sum), and one page
    of them by date: `filters.limit` from `filters.offset`."""
    buckets = period_counts(queries, filters, bucket)
    rows = queries.events(replace(filters, limit=filters.limit + 1), require=("date",))
    more = len(rows) > filters.limit
    events = [r for r in rows[: filters.limit] if r.date and period_of(r.date, bucket) is not None]
    return TimelineResponse(
        bucket=bucket,
        total=sum(b.count for b in buckets),
        offset=filters.offset,
        truncated=more or filters.offset > 0,
        buckets=buckets,
        events=[event_out(r) for r in events],
    )
