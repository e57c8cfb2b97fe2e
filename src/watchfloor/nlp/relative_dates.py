"""Relative dates: weekdays, "yesterday", "two weeks ago", "last month", resolved against the anchor.

One handler per form of the grammar (see ``date_grammar``). Without an anchor they give nothing; an
expression that can mean several days gets the finest precision that holds for every one of them.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from watchfloor.nlp.date_lexicon import NUMBER_WORDS, VAGUE_COUNTS, WEEKDAYS
from watchfloor.nlp.date_values import (
    DateContext,
    Span,
    coarsest_value,
    day_value,
    group_text,
    month_value,
    one_span,
    year_value,
)

# Unit lengths in days, for "the past N units" windows.
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
# How far back "recent ..." reaches, in days; None: too far for any precision.
_RECENT_DAYS: dict[str, int | None] = {
    "days": 7,
    "weeks": 28,
    "months": 90,
    "": 90,
    "years": None,
    "decades": None,
}
# Fixed-offset expressions: (earliest, latest) days relative to the anchor.
_RELATIVE_DAYS = {
    "the day before yesterday": (-2, -2),
    "yesterday": (-1, -1),
    "last night": (-1, 0),
    "today": (0, 0),
    "tonight": (0, 0),
    "this morning": (0, 0),
    "this afternoon": (0, 0),
    "this evening": (0, 0),
}
# Names that contain a weekday: "Good Friday", "Super Tuesday", "The Sunday Times".
_WEEKDAY_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?:Good|Black|Ash|Super|Holy|Bloody|Cyber|Maundy|Palm)\s+$")
# A weekday something is set for is ahead of the anchor: "called a meeting for Tuesday", "by Friday".
_WEEKDAY_AHEAD = re.compile(r"(?<![A-Za-z])(?i:for|by)\s+$")
_WEEKDAY_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star|Agreement)\b")


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _count(token: str) -> tuple[int, int]:
    """A count as (fewest, most): "two" -> (2, 2), "a few" -> (2, 6)."""
    words = token.lower().split()
    word = words[-2] if words[-1] == "of" else words[-1]
    if word.isdigit():
        return int(word), int(word)
    if word in VAGUE_COUNTS:
        return VAGUE_COUNTS[word]
    return NUMBER_WORDS[word], NUMBER_WORDS[word]


def _unit(token: str) -> str:
    return token.lower().rstrip("s")


def weekday(m: re.Match[str], ctx: DateContext) -> list[Span]:
    """The latest such weekday on or before the anchor ("last"/"past": before it); the first on
    or after it for what is set for it ("for Tuesday"; "next": after it)."""
    if ctx.anchor is None or _WEEKDAY_NAME_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return []
    if _WEEKDAY_NAME_AFTER.match(ctx.text, m.end()):
        return []
    rel = group_text(m, "rel").lower()
    if rel == "next" or _WEEKDAY_AHEAD.search(ctx.text, max(0, m.start() - 5), m.start()):
        ahead = (WEEKDAYS.index(m["wd"].lower()) - ctx.anchor.weekday()) % 7
        return one_span(m, day_value(ctx.anchor + timedelta(days=ahead or (7 if rel == "next" else 0))))
    back = (ctx.anchor.weekday() - WEEKDAYS.index(m["wd"].lower())) % 7
    if back == 0 and rel in {"last", "past"}:
        back = 7
    return one_span(m, day_value(ctx.anchor - timedelta(days=back)))


def _in_a_name(m: re.Match[str], text: str) -> bool:
    """A capitalised "Today" or "Now" after a word ("Russia Today", "Peace Now") is part of a name."""
    return m.group(0)[:1].isupper() and text[: m.start()].rstrip()[-1:].isalpha()


def relative_day(m: re.Match[str], ctx: DateContext) -> list[Span]:
    if ctx.anchor is None or _in_a_name(m, ctx.text):
        return []
    key = " ".join(m["k"].lower().split()).removeprefix("earlier ")
    lo, hi = _RELATIVE_DAYS[key]
    return one_span(m, coarsest_value(ctx.anchor + timedelta(days=lo), ctx.anchor + timedelta(days=hi)))


def day_before(m: re.Match[str], ctx: DateContext) -> list[Span]:
    return one_span(m, None if ctx.anchor is None else day_value(ctx.anchor - timedelta(days=1)))


def ago(m: re.Match[str], ctx: DateContext) -> list[Span]:
    anchor = ctx.anchor
    if anchor is None:
        return []
    fewest, most = _count(m["n"])
    unit = _unit(m["u"])
    if unit == "day":
        lo, hi = anchor - timedelta(days=most), anchor - timedelta(days=fewest)
    elif unit == "week":
        lo, hi = anchor - timedelta(days=7 * most + 3), anchor - timedelta(days=7 * fewest - 3)
    elif unit == "month":
        lo = _month_bounds(*_shift_month(anchor.year, anchor.month, -most))[0]
        hi = _month_bounds(*_shift_month(anchor.year, anchor.month, -fewest))[1]
    else:
        lo, hi = date(anchor.year - most, 1, 1), date(anchor.year - fewest, 12, 31)
    return one_span(m, coarsest_value(lo, hi))


def this_unit(m: re.Match[str], ctx: DateContext) -> list[Span]:
    anchor = ctx.anchor
    if anchor is None:
        return []
    unit = _unit(m["u"])
    if unit == "week":
        return one_span(m, coarsest_value(anchor - timedelta(days=anchor.weekday()), anchor))
    return one_span(m, month_value(anchor.year, anchor.month) if unit == "month" else year_value(anchor.year))


def last_unit(m: re.Match[str], ctx: DateContext) -> list[Span]:
    anchor = ctx.anchor
    if anchor is None:
        return []
    unit = _unit(m["u"])
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday())
        return one_span(m, coarsest_value(monday - timedelta(days=7), monday - timedelta(days=1)))
    if unit == "month":
        return one_span(m, month_value(*_shift_month(anchor.year, anchor.month, -1)))
    return one_span(m, year_value(anchor.year - 1))


def weekend(m: re.Match[str], ctx: DateContext) -> list[Span]:
    """ "over the weekend", "at the weekend", "last weekend": the latest Saturday and Sunday not after
    the report (what both share: their month, or their year)."""
    anchor = ctx.anchor
    if anchor is None:
        return []
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    if m["rel"] and m["rel"].lower() == "last" and anchor.weekday() >= 5:
        saturday -= timedelta(days=7)  # (said on a Sunday: the weekend before)
    return one_span(m, coarsest_value(saturday, saturday + timedelta(days=1)))


def past_span(m: re.Match[str], ctx: DateContext) -> list[Span]:
    if ctx.anchor is None:
        return []
    most = _count(m["n"])[1] if m["n"] else 1
    days = most * _UNIT_DAYS[_unit(m["u"])]
    return one_span(m, coarsest_value(ctx.anchor - timedelta(days=days), ctx.anchor))


def recent(m: re.Match[str], ctx: DateContext) -> list[Span]:
    days = _RECENT_DAYS[group_text(m, "u").lower()]
    if ctx.anchor is None or days is None:
        return []
    return one_span(m, coarsest_value(ctx.anchor - timedelta(days=days), ctx.anchor))


def present(m: re.Match[str], ctx: DateContext) -> list[Span]:
    """Now, currently: the anchor's month, as ongoing activity is dated."""
    if ctx.anchor is None or _in_a_name(m, ctx.text):
        return []
    return one_span(m, month_value(ctx.anchor.year, ctx.anchor.month))
