"""The text the parser sees: note markers and inline markup blanked out, offsets unchanged.

Each marker (`[18]`), HTML tag (`<u>`), Markdown emphasis or escape (`**`, `\\*`) and heading mark
is replaced by as many spaces as it had characters, so a character offset in the cleaned text is
the same offset in the stored text: no map back is needed.
"""

from __future__ import annotations

import re

from watchfloor.layout.markers import MARKER

_MARKUP = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"  # inline HTML tags: <u>, </a>, <br/>
    r"|\\[*_\[\]#]"  # Markdown escapes: \*, \_, \[
    r"|\*{1,3}(?=\S)|(?<=\S)\*{1,3}"  # emphasis marks glued to a word
    r"|^[ \t]{0,3}#{1,6}[ \t]",  # heading marks
    re.MULTILINE,
)


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def clean_for_parser(text: str) -> str:
    """`text` with markers and markup turned to spaces; same length, same offsets."""
    return _MARKUP.sub(_blank, MARKER.sub(_blank, text))
