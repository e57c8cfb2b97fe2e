"""Publication weekdays: "mon-fri", "mon,wed,fri", "daily", "sat-sun" as a 7-character mask,
Monday first ("MTWTF.." for Monday through Friday); which days a profile is due, and which report
days an edition covers (its own, and the days since the previous publication day)."""

from __future__ import annotations

from datetime import date, timedelta

from watchfloor.errors import ConfigError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FULL_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
LETTERS = "MTWTFSS"
WEEKDAYS = "MTWTF.."


def parse_weekdays(text: str) -> str:
    """The mask for a weekday rule: names or ranges of `mon` … `sun` separated by commas
    (`mon-fri`, `mon,wed,fri`, `fri-mon` wraps round), or `daily`."""
    rule = text.strip().lower()
    if rule in {"daily", "all"}:
        return LETTERS
    chosen: set[int] = set()
    for part in rule.split(","):
        first, dash, last = part.partition("-")
        day, end = _day(first, text), _day(last, text) if dash else None
        chosen.add(day)
        while end is not None and day != end:
            day = (day + 1) % 7
            chosen.add(day)
    return "".join(LETTERS[i] if i in chosen else "." for i in range(7))


def _day(word: str, rule: str) -> int:
    word = word.strip()
    for i, (short, full) in enumerate(zip(DAYS, FULL_NAMES, strict=True)):
        if word in (short, full):
            return i
    raise ConfigError(
        f"--weekdays {rule!r}: {word!r} is not a day; give mon, tue, wed, thu, fri, sat or sun, ranges"
        " such as mon-fri, lists such as mon,wed,fri, or daily"
    )


def describe(mask: str) -> str:
    """`mon-fri`, `mon,wed,fri` or `daily` for a mask."""
    days = [i for i, c in enumerate(mask) if c != "."]
    if len(days) == 7:
        return "daily"
    if days and days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
        return f"{DAYS[days[0]]}-{DAYS[days[-1]]}"
    return ",".join(DAYS[i] for i in days)


def is_due(mask: str, day: date) -> bool:
    return mask[day.weekday()] != "."


def covered_since(mask: str, day: date) -> date:
    """The first report day an edition of `day` covers: the day after the previous publication day
    (so Monday's edition of a Monday-to-Friday profile covers the weekend), at most a week back."""
    start = day
    for _ in range(6):
        before = start - timedelta(days=1)
        if is_due(mask, before):
            break
        start = before
    return start
