"""Event dates: English date expressions resolved against the document's date.

``resolve_date(phrase, anchor)`` reads one date expression (a spaCy DATE entity, with or without
its preposition); ``find_dates(text, anchor)`` scans a sentence for every such expression and
returns their spans and values. ``anchor`` is the publication date (ISO ``YYYY-MM-DD``) or None.

Values carry only the precision the text gives (``2023-07-31`` day, ``2023-07`` month, ``2023``
year) and nothing is invented: without an anchor, "July 31", "in June" and "on Tuesday" give
nothing, and a relative expression ("last week", "in recent months") gets the finest precision
that holds for every day it can mean. Rules:

- Month-day without a year takes the anchor's year, or the year before when that would put it
  more than 31 days after the anchor; a month alone is the latest such month not after the
  anchor's month. Weekdays are the latest such day on or before the anchor.
- Ranges ("May 3 - 5", "from August 13 to 27", "between April and May 2023", "2019-2021") and
  "since ..." give their start with ``start_only``; lists ("May 8 and 10", "in April and May
  2023") give one value per item, the year shared from the end.
- Future, recurring and bounding expressions ("next Tuesday", "every July", "before July 31",
  "Monday through Friday") and durations ("six months", "11 years") are not event dates.
- A bare four-digit year (1900-2100) counts unless the number is clearly something else
  ("2000 troops", "Resolution 2023", "$2015").

The grammar is a single compiled regular expression of table-driven forms (pure string work,
a few microseconds per sentence); numeric dates ("07/31/2023", "31.07.2023") go to dateparser,
which detects the day-month order. dateparser is not used for the rest: measured on these forms
it reads durations as dates ("six months" -> six months ago, "11 years" -> 2011), puts
"December 28" in the previous year for an August anchor, fails on ranges, "since", "late 2022"
and "recent months", and costs about half a millisecond a call.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from watchfloor.nlp.clean import clean_for_parser

__all__ = ["DateValue", "Precision", "find_dates", "resolve_date"]

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class DateValue:
    """A date at the precision the text supports; ``start_only`` when it opens a range."""

    iso: str  # "2023-07-31", "2023-07", "2023"
    precision: Precision
    start_only: bool = False


Span = tuple[int, int, DateValue]

# --- vocabulary ---------------------------------------------------------------------------------

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
_MONTH_NUMBERS = {name[:3]: number for number, name in enumerate(_MONTHS, start=1)}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Month names that are also common English words need a date context when they stand alone.
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
# Vague counts as (fewest, most).
_VAGUE_COUNTS = {"few": (2, 6), "several": (3, 7), "couple": (2, 3)}
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


def _cased(words: tuple[str, ...]) -> str:
    """An alternation of the words Capitalised or in CAPITALS, longest first."""
    forms = {form for word in words for form in (word.capitalize(), word.upper())}
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


# --- grammar pieces -----------------------------------------------------------------------------

_MON_FULL = rf"(?<![A-Za-z])(?:{_cased(_MONTHS)})(?![A-Za-z])"
_MON = rf"(?<![A-Za-z])(?:{_cased(_MONTHS)}|(?:{_cased(_MONTH_ABBREVIATIONS)})\.?)(?![A-Za-z])"
_WD = rf"(?<![A-Za-z])(?:{_cased(_WEEKDAYS)})(?![A-Za-z])"
_DAY = r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.:]\d|\s?%)"
_Y = r"(?:19\d\d|20\d\d|2100)"
_YEND = r"(?![\w%]|[.,]\d)"
_NOT_NUMBER_BEFORE = r"(?<![\w$€£#/.,:;+-])"
_YEAR = rf"(?:(?<=[Mm]id-)|(?<=MID-)|{_NOT_NUMBER_BEFORE}){_Y}{_YEND}(?!-\w|/\d)"
_CONN = r"(?:\s*[-–—]\s*|\s+(?i:to|through|thru|till|until)\s+)"
_AND = r"\s*,?\s+(?:and|&)\s+"
_NUM = rf"(?:\d{{1,2}}|{'|'.join(_NUMBER_WORDS)}|(?:a\s+)?few|several|(?:a\s+)?couple\s+of)"
_UNIT = r"(?:days?|weeks?|months?|years?)"
_DAYPART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_UNITS_AFTER_NUMBER = (
    r"(?!\s+(?i:percent|per|people|persons|troops|soldiers|fighters|personnel|men|women|civilians|"
    r"km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|barrels|bpd|dollars|euros|"
    r"rubles|roubles|rials|hours|hrs|gmt|utc|local\s+time|units|vehicles|times|casualties|dead|"
    r"killed|wounded|injured|refugees|rounds|shells|rockets|missiles|drones|tanks|aircraft)\b)"
)
_DATE_AHEAD = rf"\s*,?\s*\(?(?:{_MON}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MON})"

# Words before an expression that make it no event date: future, recurring, or a bound.
_REJECT_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:next|coming|upcoming|following|every|each|later|before|after|prior\s+to|"
    r"ahead\s+of)\s+$"
)
# Words before a four-digit number that make it a label, not a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:resolution|no\.|nos\.|number|flight|route|unit|article|section|model|"
    r"code|hull|tail|at)\s*$"
)
# Names that contain a weekday: "Good Friday", "Super Tuesday", "The Sunday Times".
_WEEKDAY_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?:Good|Black|Ash|Super|Holy|Bloody|Cyber|Maundy|Palm)\s+$")
_WEEKDAY_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star|Agreement)\b")
# Words before a lone "May" or "March" that make it the month.
_MONTH_CONTEXT = re.compile(
    r"(?i)(?:(?<![A-Za-z])(?:in|on|since|from|during|by|until|till|through|throughout|of|late|early|"
    r"mid|between|and|or|to|last|this|the|around|in\s+late|in\s+early)\s+|mid-|['’]s\s+)$"
)
# Note markers, HTML tags and Markdown emphasis: blanked (same length) before scanning.
_DAY_ONLY = re.compile(_DAY)
_MONTH_YEAR_ITEM = re.compile(rf"(?P<m>{_MON_FULL})(?:,?\s+(?P<y>{_Y}))?")
_YEAR_ONLY = re.compile(_Y)


@dataclass(frozen=True)
class _Context:
    text: str
    anchor: date | None


Handler = Callable[[re.Match[str], _Context], list[Span]]


# --- calendar helpers ---------------------------------------------------------------------------


def _day(d: date, start_only: bool = False) -> DateValue:
    return DateValue(d.isoformat(), "day", start_only)


def _month(year: int, month: int, start_only: bool = False) -> DateValue:
    _in_calendar(year)
    return DateValue(f"{year:04d}-{month:02d}", "month", start_only)


def _year(year: int, start_only: bool = False) -> DateValue:
    _in_calendar(year)
    return DateValue(f"{year:04d}", "year", start_only)


def _in_calendar(year: int) -> None:
    if not 1 <= year <= 9999:  # as `date` does for days: find_dates drops the expression
        raise ValueError(f"year {year} is outside the calendar")


def _coarsest(lo: date, hi: date) -> DateValue | None:
    """The finest precision that holds for every day from lo to hi."""
    if lo == hi:
        return _day(lo)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return _month(lo.year, lo.month)
    if lo.year == hi.year:
        return _year(lo.year)
    return None


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(token: str) -> int:
    return _MONTH_NUMBERS[token.lower()[:3]]


def _day_number(token: str) -> int:
    return int(token.rstrip("stndrh"))


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


def _count(token: str) -> tuple[int, int]:
    """A count as (fewest, most): "two" -> (2, 2), "a few" -> (2, 6)."""
    words = token.lower().split()
    word = words[-2] if words[-1] == "of" else words[-1]
    if word.isdigit():
        return int(word), int(word)
    if word in _VAGUE_COUNTS:
        return _VAGUE_COUNTS[word]
    return _NUMBER_WORDS[word], _NUMBER_WORDS[word]


def _unit(token: str) -> str:
    return token.lower().rstrip("s")


def _group(m: re.Match[str], name: str) -> str:
    return m.group(name) or ""


# --- handlers: one per form of the grammar ------------------------------------------------------


def _one(m: re.Match[str], value: DateValue | None) -> list[Span]:
    return [] if value is None else [(m.start(), m.end(), value)]


def _iso(m: re.Match[str], ctx: _Context) -> list[Span]:
    found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _one(m, None if found is None else _day(found))


def _numeric(m: re.Match[str], ctx: _Context) -> list[Span]:
    import dateparser  # only numeric dates need it; imported on first use

    parsed = dateparser.parse(
        m.group(0), languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DATES_FROM": "past"}
    )
    if parsed is None:
        return []
    return _one(m, _day(date(parsed.year, parsed.month, parsed.day)))


def _month_day(m: re.Match[str], ctx: _Context) -> list[Span]:
    month, day = _month_number(m["m"]), _day_number(m["d"])
    found = _safe_date(int(m["y"]), month, day) if m["y"] else _infer_month_day(month, day, ctx.anchor)
    return _one(m, None if found is None else _day(found))


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
    year = _range_start(first, first_year, last, _group(m, "y2"))
    found = _infer_month_day(*first, anchor) if year is None else _safe_date(year, *first)
    return _one(m, None if found is None else _day(found, start_only=True))


def _month_day_range(m: re.Match[str], ctx: _Context) -> list[Span]:
    """The start of a month-first range: "May 3 - 5", "May 30 to June 2, 2023"."""
    month1 = _month_number(m["m1"])
    month2 = _month_number(m["m2"]) if m["m2"] else month1
    first, last = (month1, _day_number(m["d1"])), (month2, _day_number(m["d2"]))
    return _day_range(m, first, _group(m, "y1"), last, ctx.anchor)


def _day_month_range(m: re.Match[str], ctx: _Context) -> list[Span]:
    """The start of a day-first range: "3-5 May 2023", "30 May - 2 June"."""
    month2 = _month_number(m["m2"])
    month1 = _month_number(m["m1"]) if m["m1"] else month2
    first, last = (month1, _day_number(m["d1"])), (month2, _day_number(m["d2"]))
    return _day_range(m, first, "", last, ctx.anchor)


def _day_list(m: re.Match[str], ctx: _Context, days_from: int, days_to: int) -> list[Span]:
    """One day per item of "May 8 and 10" or "8 and 10 May", the month (and year) shared."""
    month = _month_number(m["m"])
    spans: list[Span] = []
    for d in _DAY_ONLY.finditer(ctx.text, days_from, days_to):
        day = _day_number(d.group(0))
        found = _safe_date(int(m["y"]), month, day) if m["y"] else _infer_month_day(month, day, ctx.anchor)
        if found is not None:
            spans.append((d.start(), d.end(), _day(found)))
    if spans:  # the month and year are written with the first or the last item
        spans[0] = (m.start(), *spans[0][1:])
        spans[-1] = (spans[-1][0], m.end(), spans[-1][2])
    return spans


def _month_day_list(m: re.Match[str], ctx: _Context) -> list[Span]:
    return _day_list(m, ctx, m.end("m"), m.start("y") if m["y"] else m.end())


def _day_month_list(m: re.Match[str], ctx: _Context) -> list[Span]:
    return _day_list(m, ctx, m.start(), m.start("m"))


def _month_year(m: re.Match[str], ctx: _Context) -> list[Span]:
    return _one(m, _month(int(m["y"]), _month_number(m["m"])))


def _month_range(m: re.Match[str], ctx: _Context) -> list[Span]:
    month1, month2 = _month_number(m["m1"]), _month_number(m["m2"])
    year = _range_start((month1, 1), _group(m, "y1"), (month2, 1), _group(m, "y2"))
    found = _infer_month(month1, ctx.anchor) if year is None else (year, month1)
    return _one(m, None if found is None else _month(*found, start_only=True))


def _month_list(m: re.Match[str], ctx: _Context) -> list[Span]:
    items = list(_MONTH_YEAR_ITEM.finditer(ctx.text, m.start(), m.end()))
    spans: list[Span] = []
    for i, item in enumerate(items):
        later_year = next((x["y"] for x in items[i:] if x["y"]), None)
        month = _month_number(item["m"])
        found = (int(later_year), month) if later_year else _infer_month(month, ctx.anchor)
        if found is not None:
            spans.append((item.start(), item.end(), _month(*found)))
    return spans


def _stands_alone(m: re.Match[str], text: str) -> bool:
    """Whether the match is the whole text (a phrase already known to be a date)."""
    return not text[: m.start()].strip() and not text[m.end() :].strip()


def _month_alone(m: re.Match[str], ctx: _Context) -> list[Span]:
    name = m["m"].lower()
    relation = _group(m, "rel").lower()
    if (
        name in _AMBIGUOUS_MONTHS
        and not relation
        and not _stands_alone(m, ctx.text)
        and not _MONTH_CONTEXT.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        return []
    found = _infer_month(_month_number(name), ctx.anchor, relation)
    return _one(m, None if found is None else _month(*found))


def _reject(m: re.Match[str], ctx: _Context) -> list[Span]:
    return []


def _weekday(m: re.Match[str], ctx: _Context) -> list[Span]:
    if ctx.anchor is None or _WEEKDAY_NAME_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return []
    if _WEEKDAY_NAME_AFTER.match(ctx.text, m.end()):
        return []
    back = (ctx.anchor.weekday() - _WEEKDAYS.index(m["wd"].lower())) % 7
    if back == 0 and _group(m, "rel").lower() in {"last", "past"}:
        back = 7
    return _one(m, _day(ctx.anchor - timedelta(days=back)))


def _in_a_name(m: re.Match[str], text: str) -> bool:
    """A capitalised "Today" or "Now" after a word ("Russia Today", "Peace Now") is part of a name."""
    return m.group(0)[:1].isupper() and text[: m.start()].rstrip()[-1:].isalpha()


def _relative_day(m: re.Match[str], ctx: _Context) -> list[Span]:
    if ctx.anchor is None or _in_a_name(m, ctx.text):
        return []
    key = " ".join(m["k"].lower().split()).removeprefix("earlier ")
    lo, hi = _RELATIVE_DAYS[key]
    return _one(m, _coarsest(ctx.anchor + timedelta(days=lo), ctx.anchor + timedelta(days=hi)))


def _day_before(m: re.Match[str], ctx: _Context) -> list[Span]:
    return _one(m, None if ctx.anchor is None else _day(ctx.anchor - timedelta(days=1)))


def _ago(m: re.Match[str], ctx: _Context) -> list[Span]:
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
    return _one(m, _coarsest(lo, hi))


def _this_unit(m: re.Match[str], ctx: _Context) -> list[Span]:
    anchor = ctx.anchor
    if anchor is None:
        return []
    unit = _unit(m["u"])
    if unit == "week":
        return _one(m, _coarsest(anchor - timedelta(days=anchor.weekday()), anchor))
    return _one(m, _month(anchor.year, anchor.month) if unit == "month" else _year(anchor.year))


def _last_unit(m: re.Match[str], ctx: _Context) -> list[Span]:
    anchor = ctx.anchor
    if anchor is None:
        return []
    unit = _unit(m["u"])
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday())
        return _one(m, _coarsest(monday - timedelta(days=7), monday - timedelta(days=1)))
    if unit == "month":
        return _one(m, _month(*_shift_month(anchor.year, anchor.month, -1)))
    return _one(m, _year(anchor.year - 1))


def _past_span(m: re.Match[str], ctx: _Context) -> list[Span]:
    if ctx.anchor is None:
        return []
    most = _count(m["n"])[1] if m["n"] else 1
    days = most * _UNIT_DAYS[_unit(m["u"])]
    return _one(m, _coarsest(ctx.anchor - timedelta(days=days), ctx.anchor))


def _recent(m: re.Match[str], ctx: _Context) -> list[Span]:
    days = _RECENT_DAYS[_group(m, "u").lower()]
    if ctx.anchor is None or days is None:
        return []
    return _one(m, _coarsest(ctx.anchor - timedelta(days=days), ctx.anchor))


def _present(m: re.Match[str], ctx: _Context) -> list[Span]:
    """Now, currently: the anchor's month, as ongoing activity is dated."""
    if ctx.anchor is None or _in_a_name(m, ctx.text):
        return []
    return _one(m, _month(ctx.anchor.year, ctx.anchor.month))


def _year_dash(m: re.Match[str], ctx: _Context) -> list[Span]:
    """A range of years ("2022-23", "2023/24") or a month ("2023-07"); anything else is neither."""
    year, tail = int(m["y"]), int(m["n"])
    if tail > year % 100:
        return _one(m, _year(year, start_only=True))
    if 1 <= tail <= 12 and m["dash"] == "-":
        return _one(m, _month(year, tail))
    return []


def _year_range(m: re.Match[str], ctx: _Context) -> list[Span]:
    first, last = int(m["y1"]), int(m["y2"])
    return _one(m, _year(first, start_only=True) if last > first else None)


def _year_list(m: re.Match[str], ctx: _Context) -> list[Span]:
    return [(y.start(), y.end(), _year(int(y.group(0)))) for y in _YEAR_ONLY.finditer(ctx.text, *m.span())]


def _bare_year(m: re.Match[str], ctx: _Context) -> list[Span]:
    if _NOT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return []
    return _one(m, _year(int(m.group(0))))


# --- the grammar: forms tried in this order at each word start ---------------------------------


@dataclass(frozen=True)
class _Form:
    name: str
    pattern: str
    handler: Handler
    digit: bool = False  # starts with a digit (else with a word from _LEAD_WORDS or a capital)


_FORMS = (
    _Form(
        "iso", rf"(?<![\d-])(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])", _iso, True
    ),
    _Form(
        "numeric",
        rf"(?<![\d/.-])(?:\d{{1,2}}/\d{{1,2}}/(?:{_Y}|\d\d)|\d{{1,2}}\.\d{{1,2}}\.{_Y}|{_Y}/\d{{1,2}}/\d{{1,2}}"
        rf"|\d{{1,2}}-{_MON}-{_Y})(?![\d/.]\d|\d)",
        _numeric,
        True,
    ),
    _Form(
        "day_month_range",
        rf"(?P<d1>{_DAY})(?:\s+(?P<m1>{_MON}))?{_CONN}(?P<d2>{_DAY})\s+(?P<m2>{_MON})(?:,?\s*(?P<y2>{_Y}){_YEND})?",
        _day_month_range,
        True,
    ),
    _Form(
        "day_month_list",
        rf"{_DAY}(?:\s*,\s*{_DAY})*{_AND}{_DAY}\s+(?P<m>{_MON})(?:,?\s*(?P<y>{_Y}){_YEND})?",
        _day_month_list,
        True,
    ),
    _Form(
        "day_month",
        rf"(?P<d>{_DAY})(?:\s+(?i:of))?\s+(?P<m>{_MON})(?:,?\s*(?P<y>{_Y}){_YEND})?",
        _month_day,
        True,
    ),
    _Form("year_dash", rf"(?<![\w-])(?P<y>{_Y})(?P<dash>[-–/])(?P<n>\d\d)(?![\w/-])", _year_dash, True),
    _Form("year_range", rf"{_NOT_NUMBER_BEFORE}(?P<y1>{_Y}){_CONN}(?P<y2>{_Y}){_YEND}", _year_range, True),
    _Form("year_list", rf"{_NOT_NUMBER_BEFORE}{_Y}(?:\s*,\s*{_Y})*{_AND}{_Y}{_YEND}", _year_list, True),
    _Form("year", rf"{_YEAR}{_UNITS_AFTER_NUMBER}", _bare_year, True),
    _Form(
        "the_day_of_month",
        rf"(?i:the)\s+(?P<d>{_DAY})(?:\s+(?i:of))?\s+(?P<m>{_MON})(?:,?\s*(?P<y>{_Y}){_YEND})?",
        _month_day,
    ),
    _Form(
        "month_day_range",
        rf"(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?:,?\s*(?P<y1>{_Y}))?{_CONN}(?:(?P<m2>{_MON})\s+)?(?P<d2>{_DAY})"
        rf"(?:,?\s*(?P<y2>{_Y}){_YEND})?",
        _month_day_range,
    ),
    _Form(
        "month_day_list",
        rf"(?P<m>{_MON})\s+{_DAY}(?:\s*,\s*{_DAY})*{_AND}{_DAY}(?:,?\s*(?P<y>{_Y}){_YEND})?",
        _month_day_list,
    ),
    _Form("month_day", rf"(?P<m>{_MON})\s+(?P<d>{_DAY})(?:,?\s*(?P<y>{_Y}){_YEND})?", _month_day),
    _Form(
        "month_range",
        rf"(?P<m1>{_MON_FULL})(?:,?\s+(?P<y1>{_Y}))?{_CONN}(?P<m2>{_MON_FULL})(?:,?\s+(?P<y2>{_Y}){_YEND})?",
        _month_range,
    ),
    _Form(
        "month_list",
        rf"{_MON_FULL}(?:\s+{_Y})?(?:\s*,\s*{_MON_FULL}(?:\s+{_Y})?)*{_AND}{_MON_FULL}(?:,?\s+{_Y}{_YEND})?",
        _month_list,
    ),
    _Form("month_year", rf"(?P<m>{_MON})(?:,?\s+|\s+(?i:of)\s+)(?P<y>{_Y}){_YEND}", _month_year),
    _Form("month", rf"(?:(?P<rel>(?i:last|this))\s+)?(?P<m>{_MON_FULL})", _month_alone),
    _Form("weekday_range", rf"{_WD}{_CONN}{_WD}", _reject),
    _Form(
        "weekday", rf"(?:(?P<rel>(?i:last|this|past))\s+)?(?P<wd>{_WD}){_DAYPART}(?!{_DATE_AHEAD})", _weekday
    ),
    _Form(
        "relative_day",
        r"(?P<k>(?i:the\s+day\s+before\s+yesterday|yesterday|last\s+night|(?:earlier\s+)?today|tonight"
        r"|this\s+(?:morning|afternoon|evening)))(?![A-Za-z])" + _DAYPART,
        _relative_day,
    ),
    _Form(
        "day_before",
        r"(?i:(?:the|a|one)\s+day\s+(?:before|earlier|prior)|the\s+(?:previous|preceding|prior)\s+day)"
        r"(?!\s+(?:the|a|an|his|her|its|their|this|these|those|[A-Z][a-z]*|\d+)\b)",
        _day_before,
    ),
    _Form("ago", rf"(?i:(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?:ago|earlier))(?![A-Za-z])", _ago),
    _Form(
        "this_unit", r"(?i:(?:earlier\s+|so\s+far\s+)?this\s+(?P<u>week|month|year))(?![A-Za-z])", _this_unit
    ),
    _Form(
        "last_unit",
        r"(?i:(?:last|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<u>week|month|year))(?![A-Za-z])",
        _last_unit,
    ),
    _Form(
        "past_span",
        rf"(?i:(?:the\s+)?(?:past|last)\s+(?:(?P<n>{_NUM})\s+)?(?P<u>{_UNIT}))(?![A-Za-z])",
        _past_span,
    ),
    _Form(
        "recent", r"(?i:recent\s+(?P<u>days|weeks|months|years|decades)|recently|recent)(?![A-Za-z])", _recent
    ),
    _Form(
        "present",
        r"(?<!from )(?i:right\s+now|now|currently|at\s+present|presently|at\s+the\s+moment|nowadays)"
        r"(?![A-Za-z-])",
        _present,
    ),
)

# Every form starts at a word start: a digit, a capital, or one of these words (lower case).
_LEAD_WORDS = (
    *_NUMBER_WORDS,
    *_VAGUE_COUNTS,
    *("the", "yesterday", "today", "tonight", "last", "this", "earlier", "so", "past", "recent", "recently"),
    *("now", "right", "currently", "at", "presently", "nowadays"),
    *("since", "from", "between", "starting", "beginning"),
)
_PREFIX = (
    r"(?:(?P<pre>(?i:since|from|between|starting(?:\s+(?:in|on|from))?|beginning(?:\s+(?:in|on))?))\s+)?"
)
_SUFFIX = r"(?P<post>\s+(?i:onwards?)(?![A-Za-z]))?"
_UNNAMED = re.compile(r"\(\?P<\w+>")


def _alternatives(forms: list[_Form]) -> str:
    return "|".join(f"(?P<{form.name}>{_UNNAMED.sub('(?:', form.pattern)})" for form in forms)


_MASTER = re.compile(
    rf"(?<!\w)(?=[\dA-Z]|(?:{'|'.join(_LEAD_WORDS)})\b){_PREFIX}"
    rf"(?:(?=\d)(?:{_alternatives([f for f in _FORMS if f.digit])})"
    rf"|(?!\d)(?:{_alternatives([f for f in _FORMS if not f.digit])})){_SUFFIX}"
)
_FORM_RE = {form.name: re.compile(form.pattern) for form in _FORMS}
_HANDLERS = {form.name: form.handler for form in _FORMS}
_START_PREFIXES = ("since", "starting", "beginning")


@lru_cache(maxsize=256)
def _anchor_date(anchor: str | None) -> date | None:
    if not anchor:
        return None
    try:
        return date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def find_dates(text: str, anchor: str | None) -> list[tuple[int, int, DateValue]]:
    """Date expressions in a sentence, in order: (start, end, value), ``text[start:end]`` the expression.

    A prefix that shapes the value ("since", "from", "between") is part of the span; a plain
    preposition ("on", "in") is not. Lists give one span per item.
    """
    clean = clean_for_parser(text)
    ctx = _Context(clean, _anchor_date(anchor))
    found: list[Span] = []
    for m in _MASTER.finditer(clean):
        name = next(name for name in _HANDLERS if m.start(name) >= 0)
        if _REJECT_BEFORE.search(clean, max(0, m.start() - 16), m.start()):
            continue
        form = _FORM_RE[name].fullmatch(clean, m.start(name), m.end(name))
        if form is None:  # pragma: no cover - the master and the form are the same pattern
            continue
        try:
            spans = _HANDLERS[name](form, ctx)
        except (ValueError, OverflowError):  # it falls outside the calendar (years 1-9999): no date
            continue
        if not spans:
            continue
        prefix = (m["pre"] or "").lower()
        if prefix == "between" or (prefix == "from" and spans[0][2].start_only):
            spans = [(m.start(), m.end(), replace(spans[0][2], start_only=True))]
        elif prefix.startswith(_START_PREFIXES) or m["post"]:
            first = spans[0]
            spans[0] = (
                m.start(),
                first[1] if len(spans) > 1 else m.end(),
                replace(first[2], start_only=True),
            )
        elif prefix:
            spans[0] = (m.start(), *spans[0][1:])
        found.extend(spans)
    return found


def resolve_date(phrase: str, anchor: str | None) -> DateValue | None:
    """The value of one date expression (the first item of a list, the start of a range), or None."""
    found = find_dates(phrase, anchor)
    return found[0][2] if found else None
