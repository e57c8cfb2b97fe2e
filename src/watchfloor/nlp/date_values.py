"""Date values at the precision the text gives, and the span and context types the date readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class DateValue:
    """A date at the precision the text supports; ``start_only`` when it opens a range."""

    iso: str  # "2023-07-31", "2023-07", "2023"
    precision: Precision
    start_only: bool = False


Span = tuple[int, int, DateValue]


@dataclass(frozen=True)
class DateContext:
    """The sentence being scanned and its anchor (publication) date."""

    text: str
    anchor: date | None


def day_value(d: date, start_only: bool = False) -> DateValue:
    return DateValue(d.isoformat(), "day", start_only)


def month_value(year: int, month: int, start_only: bool = False) -> DateValue:
    _in_calendar(year)
    return DateValue(f"{year:04d}-{month:02d}", "month", start_only)


def year_value(year: int, start_only: bool = False) -> DateValue:
    _in_calendar(year)
    return DateValue(f"{year:04d}", "year", start_only)


def _in_calendar(year: int) -> None:
    if not 1 <= year <= 9999:  # as `date` does for days: find_dates drops the expression
        raise ValueError(f"year {year} is outside the calendar")


def coarsest_value(lo: date, hi: date) -> DateValue | None:
    """The finest precision that holds for every day from lo to hi."""
    if lo == hi:
        return day_value(lo)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return month_value(lo.year, lo.month)
    if lo.year == hi.year:
        return year_value(lo.year)
    return None


def one_span(m: re.Match[str], value: DateValue | None) -> list[Span]:
    """The match as a single span of the value, or no span without one."""
    return [] if value is None else [(m.start(), m.end(), value)]


def group_text(m: re.Match[str], name: str) -> str:
    """A named group's text, empty when it did not take part in the match."""
    return m.group(name) or ""
