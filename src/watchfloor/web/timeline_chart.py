"""The timeline's chart on a true time axis: a bar per period placed and sized by its dates (empty
periods are gaps), stacked by quad class; periods of coarser precision (a year-only date by
month) as hatched spans across them in a lane of their own; ticks at round dates spaced for
reading. All geometry is in the SVG's own units; every text is plain, for the template to escape."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from watchfloor.web.map_data import QUADS, quad_of
from watchfloor.web.timeline import parse_prefix
from watchfloor.web.view_schemas import TimelineBucket, TimelineResponse

WIDTH = 960
LEFT, RIGHT = 40, 24  # room for the count labels and the last tick's text
TOP, AXIS_Y = 12, 196  # the bars stand between these
SPAN_ROW = 18
TICK_SPACING = 90  # at least this much between two tick labels
_STEPS = (
    ("day", 1),
    ("day", 2),
    ("week", 1),
    ("week", 2),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    *(("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500)),
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}


@dataclass(frozen=True)
class Segment:
    y: float
    height: float
    quad: str


@dataclass(frozen=True)
class Column:
    """One period's bar: x and width from its dates, segments stacked by quad class."""

    period: str
    start: str
    end: str
    x: float
    width: float
    title: str
    segments: list[Segment]


@dataclass(frozen=True)
class Span:
    """Events dated only to a month or a year, drawn across that month or year."""

    period: str
    start: str
    end: str
    x: float
    y: float
    width: float
    label: str
    title: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    lo: str  # the axis runs from this day (inclusive) ...
    hi: str  # ... to this one (exclusive)
    left: int
    plot_width: int
    top: int
    axis_y: int
    span_top: int
    peak: int
    columns: list[Column]
    spans: list[Span]
    ticks: list[Tick]


def _domain(buckets: list[TimelineBucket], since: str | None, until: str | None) -> tuple[dt.date, dt.date]:
    """The axis: the asked-for period where given, widened to hold every precise bar."""
    starts = [dt.date.fromisoformat(b.start) for b in buckets]
    ends = [dt.date.fromisoformat(b.end) for b in buckets]
    lo, hi = min(starts), max(ends)
    asked_lo = parse_prefix(since) if since else None
    asked_hi = parse_prefix(until) if until else None
    if asked_lo is not None:
        lo = asked_lo[0]
    if asked_hi is not None:
        day, precision = asked_hi
        hi = _advance(day, precision, 1)
    precise = [b for b in buckets if not b.coarse]
    if precise:
        lo = min(lo, *(dt.date.fromisoformat(b.start) for b in precise))
        hi = max(hi, *(dt.date.fromisoformat(b.end) for b in precise))
    return lo, max(hi, lo + dt.timedelta(days=1))


def _advance(day: dt.date, unit: str, n: int) -> dt.date:
    if unit in ("day", "week"):
        return day + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = day.year * 12 + day.month - 1 + n * (12 if unit == "year" else 1)
    return dt.date(months // 12, months % 12 + 1, 1)


def _first_mark(lo: dt.date, unit: str, step: int) -> dt.date:
    if unit == "year":
        year = lo.year if lo == dt.date(lo.year, 1, 1) else lo.year + 1
        return dt.date(year + (-year) % step, 1, 1)
    if unit == "month":
        first = lo if lo.day == 1 else _advance(lo, "month", 1)
        return _advance(first, "month", (-(first.month - 1)) % step)
    if unit == "week":
        return lo + dt.timedelta(days=(7 - lo.weekday()) % 7)  # Mondays
    return lo


def ticks(lo: dt.date, hi: dt.date, scale: float) -> list[Tick]:
    """Round dates along [lo, hi), the finest step whose labels keep TICK_SPACING apart."""
    for unit, step in _STEPS:
        if _UNIT_DAYS[unit] * step * scale >= TICK_SPACING:
            break
    marks: list[dt.date] = []
    day = _first_mark(lo, unit, step)
    while day <= hi and len(marks) < 200:
        marks.append(day)
        day = _advance(day, unit, step)
    size = {"year": 4, "month": 7}.get(unit, 10)
    return [Tick(round(LEFT + (d - lo).days * scale, 1), d.isoformat()[:size]) for d in marks]


def _title(b: TimelineBucket, what: str) -> str:
    kinds = ", ".join(f"{t} {n}" for t, n in b.types.items())
    return f"{b.bucket}{what}: {b.count} event{'' if b.count == 1 else 's'} ({kinds})"


def chart(data: TimelineResponse, since: str | None = None, until: str | None = None) -> Chart:
    """The chart of `data`, its axis the asked-for period (`since`, `until`) or the data's own."""
    plot = WIDTH - LEFT - RIGHT
    if not data.buckets:
        return Chart(WIDTH, AXIS_Y + 30, "", "", LEFT, plot, TOP, AXIS_Y, AXIS_Y, 0, [], [], [])
    lo, hi = _domain(data.buckets, since, until)
    scale = plot / (hi - lo).days

    def x_of(day: str) -> float:
        return LEFT + (min(max(dt.date.fromisoformat(day), lo), hi) - lo).days * scale

    precise = [b for b in data.buckets if not b.coarse]
    peak = max((b.count for b in precise), default=0)
    columns = []
    for b in precise:
        x0, x1 = x_of(b.start), x_of(b.end)
        gap = min((x1 - x0) * 0.2, 2.0)
        width = max(x1 - x0 - gap, 1.5)
        y, segments = float(AXIS_Y), []
        for quad in (*QUADS, "unknown"):
            count = sum(n for t, n in b.types.items() if quad_of(t) == quad)
            if count:
                height = (AXIS_Y - TOP) * count / peak
                y -= height
                segments.append(Segment(round(y, 1), round(height, 1), quad))
        columns.append(
            Column(b.bucket, b.start, b.end, round(x0 + gap / 2, 2), round(width, 2), _title(b, ""), segments)
        )
    span_top = AXIS_Y + 44
    rows: list[float] = []  # the right end of the last span in each row
    spans = []
    for b in (b for b in data.buckets if b.coarse):
        x0, x1 = x_of(b.start), x_of(b.end)
        row = next((i for i, end in enumerate(rows) if end + 2 <= x0), len(rows))
        rows[row : row + 1] = [x1]
        what = " (dated only to the year)" if len(b.bucket) == 4 else " (dated only to the month)"
        label = f"{b.bucket} · {b.count}" if x1 - x0 > 44 else str(b.count)
        spans.append(
            Span(
                b.bucket,
                b.start,
                b.end,
                round(x0, 2),
                span_top + row * SPAN_ROW,
                round(max(x1 - x0, 3.0), 2),
                label,
                _title(b, what),
            )
        )
    height = span_top + len(rows) * SPAN_ROW + 6 if rows else AXIS_Y + 30
    return Chart(
        WIDTH,
        height,
        lo.isoformat(),
        hi.isoformat(),
        LEFT,
        plot,
        TOP,
        AXIS_Y,
        span_top,
        peak,
        columns,
        spans,
        ticks(lo, hi, scale),
    )
