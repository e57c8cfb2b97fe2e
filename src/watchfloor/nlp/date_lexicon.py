"""Date vocabulary: month, weekday and number words, and the regex pieces for month, day and year tokens."""

from __future__ import annotations

MONTHS = (
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
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
_MONTH_NUMBERS = {name[:3]: number for number, name in enumerate(MONTHS, start=1)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Month names that are also common English words need a date context when they stand alone.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
NUMBER_WORDS = {
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
VAGUE_COUNTS = {"few": (2, 6), "several": (3, 7), "couple": (2, 3)}


def _cased(words: tuple[str, ...]) -> str:
    """An alternation of the words Capitalised or in CAPITALS, longest first."""
    forms = {form for word in words for form in (word.capitalize(), word.upper())}
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


# Token patterns: a full month name; a full or abbreviated one; a weekday; a day of the month; a year.
FULL_MONTH = rf"(?<![A-Za-z])(?:{_cased(MONTHS)})(?![A-Za-z])"
MONTH = rf"(?<![A-Za-z])(?:{_cased(MONTHS)}|(?:{_cased(MONTH_ABBREVIATIONS)})\.?)(?![A-Za-z])"
WEEKDAY = rf"(?<![A-Za-z])(?:{_cased(WEEKDAYS)})(?![A-Za-z])"
DAY = r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.:]\d|\s?%)"
YEAR = r"(?:19\d\d|20\d\d|2100)"


def month_number(token: str) -> int:
    """The number of a month name or abbreviation: "Sept." -> 9."""
    return _MONTH_NUMBERS[token.lower()[:3]]


def day_number(token: str) -> int:
    """The number of a day token: "3rd" -> 3."""
    return int(token.rstrip("stndrh"))
