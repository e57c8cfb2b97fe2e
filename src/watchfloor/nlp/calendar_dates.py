"""Calendar dates: expressions that name a day, month or year, with or without the year written.

One handler per form of the grammar (see ``date_grammar``). A missing year comes from the anchor:
a month-day takes the anchor's year, or the year before when that would put it more than 31 days
after the anchor; a month alone is the latest such month not after the anchor's month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from watchfloor.nlp.date_lexicon import AMBIGUOUS_MONTHS, DAY, FULL_MONTH, YEAR, day_number, month_number
from watchfloor.nlp.date_values import (
    DateContext,
    Span,
    day_value,
    group_text,
    month_value,
    one_span,
    year_value,
)

# Words before a four-digit number that make it a label, not a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:resolution|no\.|nos\.|number|flight|route|unit|article|section|model|"
    r"code|hull|tail|at)\s*$"
)
# Words before a lone "May" or "March" that make it the month.
_MONTH_CONTEXT = re.compile(
    r"(?i)(?:(?<![A-Za-z])(?:in|on|since|from|during|by|until|till|through|throughout|of|late|early|"
    r"mid|between|and|or|to|last|this|the|around|in\s+late|in\s+early)\s+|mid-|['’]s\s+)$"
)
_DAY_ONLY = re.compile(DAY)
_MONTH_YEAR_ITEM = re.compile(rf"(?P<m>{FULL_MONTH})(?:,?\s+(?P<y>{YEAR}))?")
_YEAR_ONLY = re.compile(YEAR)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_month_day(month: int, day: int, anchor: date | None) -> date | None:
    """Month-day without a year: the anchor's year, or the year before if that is >31 days ahead."""
    if anchor is None:
        return None
    found = _safe_date(anchor.year, month, day)
    if found is not None and found > anchor + timedelta(days=31):
        found = _safe_date(anchor.year - 1, month, day)
    return found


def _infer_month(month: int, anchor: date | None, relation: str = "") -> tuple[int, int] | None:
    """A month without a year: the latest such month not after the anchor's ("last": before it)."""
    if anchor is None:
        return None
    if relation == "this":
        return anchor.year, month
    if month > anchor.month or (relation == "last" and month == anchor.month):
        return anchor.year - 1, month
    return anchor.year, month


def iso(m: re.Match[str], ctx: DateContext) -> list[Span]:
    found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return one_span(m, None if found is None else day_value(found))


def numeric(m: re.Match[str], ctx: DateContext) -> list[Span]:
    import dateparser  # only numeric dates need it; imported on first use

    parsed = dateparser.parse(
        m.group(0), languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DATES_FROM": "past"}
    )
    if parsed is None:
        return []
    return one_span(m, day_value(date(parsed.year, parsed.month, parsed.day)))


def month_day(m: re.Match[str], ctx: DateContext) -> list[Span]:
    month, day = month_number(m["m"]), day_number(m["d"])
    found = _safe_date(int(m["y"]), month, day) if m["y"] else _infer_month_day(month, day, ctx.anchor)
    return one_span(m, None if found is None else day_value(found))


def _range_start(
    first: tuple[int, int], first_year: str, last: tuple[int, int], last_year: str
) -> int | None:
    """The year of a range's start: its own, the end's (a year earlier across New Year), or none."""
    if first_year:
        return int(first_year)
    if last_year:
        return int(last_year) - (1 if first > last else 0)
    return None


def _day_range(
    m: re.Match[str], first: tuple[int, int], first_year: str, last: tuple[int, int], anchor: date | None
) -> list[Span]:
    year = _range_start(first, first_year, last, group_text(m, "y2"))
    found = _infer_month_day(*first, anchor) if year is None else _safe_date(year, *first)
    return one_span(m, None if found is None else day_value(found, start_only=True))


def month_day_range(m: re.Match[str], ctx: DateContext) -> list[Span]:
    """The start of a month-first range: "May 3 - 5", "May 30 to June 2, 2023"."""
    month1 = month_number(m["m1"])
    month2 = month_number(m["m2"]) if m["m2"] else month1
    first, last = (month1, day_number(m["d1"])), (month2, day_number(m["d2"]))
    return _day_range(m, first, group_text(m, "y1"), last, ctx.anchor)


def day_month_range(m: re.Match[str], ctx: DateContext) -> list[Span]:
    """The start of a day-first range: "3-5 May 2023", "30 May - 2 June"."""
    month2 = month_number(m["m2"])
    month1 = month_number(m["m1"]) if m["m1"] else month2
    first, last = (month1, day_number(m["d1"])), (month2, day_number(m["d2"]))
    return _day_range(m, first, "", last, ctx.anchor)


def _day_list(m: re.Match[str], ctx: DateContext, days_from: int, days_to: int) -> list[Span]:
    """One day per item of "May 8 and 10" or "8 and 10 May", the month (and year) shared."""
    month = month_number(m["m"])
    spans: list[Span] = []
    for d in _DAY_ONLY.finditer(ctx.text, days_from, days_to):
        day = day_number(d.group(0))
        found = _safe_date(int(m["y"]), month, day) if m["y"] else _infer_month_day(month, day, ctx.anchor)
        if found is not None:
            spans.append((d.start(), d.end(), day_value(found)))
    if spans:  # the month and year are written with the first or the last item
        spans[0] = (m.start(), *spans[0][1:])
        spans[-1] = (spans[-1][0], m.end(), spans[-1][2])
    return spans


def month_day_list(m: re.Match[str], ctx: DateContext) -> list[Span]:
    return _day_list(m, ctx, m.end("m"), m.start("y") if m["y"] else m.end())


def day_month_list(m: re.Match[str], ctx: DateContext) -> list[Span]:
    return _day_list(m, ctx, m.start(), m.start("m"))


def month_year(m: re.Match[str], ctx: DateContext) -> list[Span]:
    return one_span(m, month_value(int(m["y"]), month_number(m["m"])))


def month_range(m: re.Match[str], ctx: DateContext) -> list[Span]:
    month1, month2 = month_number(m["m1"]), month_number(m["m2"])
    year = _range_start((month1, 1), group_text(m, "y1"), (month2, 1), group_text(m, "y2"))
    found = _infer_month(month1, ctx.anchor) if year is None else (year, month1)
    return one_span(m, None if found is None else month_value(*found, start_only=True))


def month_list(m: re.Match[str], ctx: DateContext) -> list[Span]:
    items = list(_MONTH_YEAR_ITEM.finditer(ctx.text, m.start(), m.end()))
    spans: list[Span] = []
    for i, item in enumerate(items):
        later_year = next((x["y"] for x in items[i:] if x["y"]), None)
        month = month_number(item["m"])
        found = (int(later_year), month) if later_year else _infer_month(month, ctx.anchor)
        if found is not None:
            spans.append((item.start(), item.end(), month_value(*found)))
    return spans


def _stands_alone(m: re.Match[str], text: str) -> bool:
    """Whether the match is the whole text (a phrase already known to be a date)."""
    return not text[: m.start()].strip() and not text[m.end() :].strip()


def month_alone(m: re.Match[str], ctx: DateContext) -> list[Span]:
    name = m["m"].lower()
    relation = group_text(m, "rel").lower()
    if (
        name in AMBIGUOUS_MONTHS
        and not relation
        and not _stands_alone(m, ctx.text)
        and not _MONTH_CONTEXT.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        return []
    found = _infer_month(month_number(name), ctx.anchor, relation)
    return one_span(m, None if found is None else month_value(*found))


YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def month_of_relative_year(m: re.Match[str], ctx: DateContext) -> list[Span]:
    """ "in July last year", "March of this year": that month of the year named from the report's."""
    if ctx.anchor is None:
        return []
    year = ctx.anchor.year + YEAR_SHIFT[m["ry"].lower()]
    return one_span(m, month_value(year, month_number(m["m"].lower())))


def year_dash(m: re.Match[str], ctx: DateContext) -> list[Span]:
    """A range of years ("2022-23", "2023/24") or a month ("2023-07"); anything else is neither."""
    year, tail = int(m["y"]), int(m["n"])
    if tail > year % 100:
        return one_span(m, year_value(year, start_only=True))
    if 1 <= tail <= 12 and m["dash"] == "-":
        return one_span(m, month_value(year, tail))
    return []


def year_range(m: re.Match[str], ctx: DateContext) -> list[Span]:
    first, last = int(m["y1"]), int(m["y2"])
    return one_span(m, year_value(first, start_only=True) if last > first else None)


def year_list(m: re.Match[str], ctx: DateContext) -> list[Span]:
    return [
        (y.start(), y.end(), year_value(int(y.group(0)))) for y in _YEAR_ONLY.finditer(ctx.text, *m.span())
    ]


def bare_year(m: re.Match[str], ctx: DateContext) -> list[Span]:
    if _NOT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return []
    return one_span(m, year_value(int(m.group(0))))
