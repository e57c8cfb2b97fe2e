"""Generated input that looks like what Watchfloor reads: report text with notes and defanged
addresses, date phrases, search text, and the raw bytes of text, HTML, feeds and PDFs."""

from __future__ import annotations

from hypothesis import strategies as st

MONTHS = ["January", "Feb.", "March", "Sept", "december", "MAY", "Jun"]
DATE_WORDS = [
    "since", "between", "from", "to", "and", "until", "on", "in", "early", "late", "mid-", "ago",
    "last", "this", "next", "week", "month", "year", "yesterday", "today", "Monday", "2023", "1999",
    "2024-02-30", "2023-07", "31", "1st", "22nd", "–", "-", "/", ",", ".", "days", "two", "several",
    "the", "of", "Q3", "FY2023", "'23", "0", "9999", "20233", "10/12/2023", "13/13/13",
]  # fmt: skip
NOTE_PIECES = [
    "[1] ", "[^2]: ", "[iv] ", "[A] ", "1. ", "^3 ", "\\[5\\] ", "[12]", "Notes\n", "Endnotes\n",
    "https://example.org/a", "hxxps://bad[.]example[.]net/p", "www.irna dot ir/news/85", "example(.)org",
    "https[:]//x.org", "fxp://files.example.org", " ; ", ", ", " and ", "*", "(", ")", "\n", "\n\n",
    "View Citations", "Tags: Iran", "tasnimnews.com", "http://", "[", "]", "dot", " [dot] ", "{.}",
]  # fmt: skip
PROSE = [
    "Iran", "supplied", "drones", "to", "Russia", ".", "!", "?", "Mr.", "U.S.", "e.g.", "No.", "\"",
    "“", "”", "'", "said", "officials", "…", "...", "\n", "\n\n", " ", "  ", "\t", "(", ")", ";", ":",
]  # fmt: skip

text_noise = st.text(st.characters(codec="utf-8"), max_size=40)


def pieces(vocabulary: list[str], max_size: int = 60) -> st.SearchStrategy[str]:
    """Text assembled from a vocabulary, with arbitrary characters mixed in."""
    return st.lists(st.one_of(st.sampled_from(vocabulary), text_noise), max_size=max_size).map(" ".join)


report_text = st.one_of(
    pieces(PROSE + NOTE_PIECES, 120),
    st.tuples(pieces(PROSE, 60), pieces(NOTE_PIECES, 60)).map(lambda t: f"{t[0]}\n\nNotes\n\n{t[1]}"),
    st.text(max_size=300),
)
date_text = st.one_of(pieces(DATE_WORDS + MONTHS, 14), st.text(max_size=60))
anchors = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["", "2024", "2023-07", "0001-01-01", "9999-12-31", "not a date"]),
    st.text(max_size=12),
)
QUERY_WORDS = [
    '"', "OR", "AND", "NOT", "-", "*", "(", ")", ":", "^", "NEAR", "drone", "Shahed-136", "-x", "x*",
    '"a b"', "“", "”", "\\", "'", "+", "{", "}", "col:", "OR OR",
]  # fmt: skip
query_text = st.one_of(pieces(QUERY_WORDS, 30), st.text(max_size=200))
