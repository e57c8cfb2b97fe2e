"""Lines of a page that report nothing: a media file's name ("102822 Editorial ... Russia.mp3")
and a block of fields ("Date Taken: 03.06.2024 Date Posted: ... Photo ID: 8273835"). They are
read as no sentence: no event is taken from them."""

from __future__ import annotations

import re

MEDIA_FILE = re.compile(r"\.(?:mp3|mp4|m4a|wav|jpe?g|png|gif|webp|pdf|docx?)\W*$", re.IGNORECASE)
FIELD = re.compile(r"(?:^|\s)[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?:\s")
FIELDS = 3  # "Field: value" pairs that make a line a record, not a sentence


def reports_nothing(line: str) -> bool:
    """Whether a line is a media file's name or a record of fields."""
    return bool(MEDIA_FILE.search(line.strip())) or len(FIELD.findall(line)) >= FIELDS
