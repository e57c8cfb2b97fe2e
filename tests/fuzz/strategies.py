"""Generated input that looks like what Watchfloor reads: report text with notes and defanged
addresses, date phrases, search text, and the raw bytes of text, HTML, feeds and PDFs."""

from __future__ import annotations

from hypothesis import strategies as st

MONTHS = ["January", "Feb.", "March", "Sept", "december", "MAY", "Jun"]
DATE_WORDS = [
    "since",
    "between",
    "from",
    "to",
    "and",
    "until",
    "on",
    "in",
    "early",
    "late",
    "mid-",
    "ago",
    "last",
    "this",
    "next",
    "week",
    "month",
    "year",
    "yesterday",
    "today",
    "Monday",
    "2023",
    "1999",
    "2024-02-30",
    "2023-07",
    "31",
    "1st",
    "22nd",
    "–",
    "-",
    "/",
    ",",
    ".",
    "days",
    "two",
    "several",
    "the",
    "of",
    "Q3",
    "FY2023",
    "'23",
    "0",
    "9999",
    "20233",
    "10/12/2023",
    "13/13/13",
]
NOTE_PIECES = [
    "[1] ",
    "[^2]: ",
    "[iv] ",
    "[A] ",
    "1. ",
    "^3 ",
    "\\[5\\] ",
    "[12]",
    "Notes\n",
    "Endnotes\n",
    "https://example.org/a",
    "hxxps://bad[.]example[.]net/p",
    "www.irna dot ir/news/85",
    "example(.)org",
    "https[:]//x.org",
    "fxp://files.example.org",
    " ; ",
    ", ",
    " and ",
    "*",
    "(",
    ")",
    "\n",
    "\n\n",
    "View Citations",
    "Tags: Iran",
    "tasnimnews.com",
    "http://",
    "[",
    "]",
    "dot",
    " [dot] ",
    "{.}",
]
PROSE = [
    "Iran",
    "supplied",
    "drones",
    "to",
    "Russia",
    ".",
    "!",
    "?",
    "Mr.",
    "U.S.",
    "e.g.",
    "No.",
    '"',
    "“",
    "”",
    "'",
    "said",
    "officials",
    "…",
    "...",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "(",
    ")",
    ";",
    ":",
]

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
    '"',
    "OR",
    "AND",
    "NOT",
    "-",
    "*",
    "(",
    ")",
    ":",
    "^",
    "NEAR",
    "drone",
    "Shahed-136",
    "-x",
    "x*",
    '"a b"',
    "“",
    "”",
    "\\",
    "'",
    "+",
    "{",
    "}",
    "col:",
    "OR OR",
]
query_text = st.one_of(pieces(QUERY_WORDS, 30), st.text(max_size=200))


def mutations(base: bytes) -> st.SearchStrategy[bytes]:
    """`base` cut short, with bytes overwritten, or with junk spliced in (one or more times)."""
    edit = st.tuples(
        st.integers(0, len(base)),
        st.integers(0, 64),
        st.binary(max_size=64),
        st.sampled_from(["cut", "overwrite", "splice"]),
    )

    def apply(edits: list[tuple[int, int, bytes, str]]) -> bytes:
        data = base
        for at, width, junk, how in edits:
            at = min(at, len(data))
            if how == "cut":
                data = data[:at]
            elif how == "overwrite":
                data = data[:at] + junk + data[at + len(junk) :]
            else:
                data = data[:at] + junk + data[at + width :]
        return data

    return st.lists(edit, min_size=1, max_size=4).map(apply)


def encoded(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    codecs = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252", "utf-32"])
    return st.tuples(text, codecs).map(lambda t: t[0].encode(t[1], errors="ignore"))


TAGS = [
    "p",
    "div",
    "article",
    "h1",
    "a",
    "script",
    "style",
    "ol",
    "li",
    "sup",
    "table",
    "td",
    "meta",
    "title",
    "br",
    "span",
    "footer",
    "aside",
    "html",
    "body",
    "head",
    "![CDATA[",
    "!--",
    "?xml",
]
ATTRIBUTES = [
    ' href="https://example.org/a"',
    ' href="javascript:alert(1)"',
    ' class="footnotes"',
    ' lang="fa"',
    ' property="article:published_time" content="2024-13-45"',
    " id=fn1",
    ' name="author" content=""',
    " href=#fn:1",
    ' charset="bogus"',
    "",
]


def _element(parts: tuple[str, str, str, bool]) -> str:
    tag, attributes, text, closed = parts
    return f"<{tag}{attributes}>{text}" + (f"</{tag}>" if closed else "")


html_bytes = st.one_of(
    encoded(
        st.lists(
            st.tuples(
                st.sampled_from(TAGS),
                st.sampled_from(ATTRIBUTES),
                pieces(PROSE + NOTE_PIECES, 12),
                st.booleans(),
            ).map(_element),
            max_size=40,
        ).map("".join)
    ),
    st.binary(max_size=200).map(lambda b: b"<!DOCTYPE html><html><body><p>" + b),
)
FEED_FIELDS = [
    "title",
    "link",
    "description",
    "pubDate",
    "published",
    "updated",
    "author",
    "content",
    "dc:creator",
    "guid",
    "summary",
    "language",
    "dc:date",
]


def _feed(items: list[list[tuple[str, str]]], atom: bool) -> str:
    def fields(pairs: list[tuple[str, str]]) -> str:
        return "".join(f"<{k}>{v}</{k}>" for k, v in pairs)

    if atom:
        entries = "".join(f"<entry>{fields(i)}</entry>" for i in items)
        return (
            f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{entries}</feed>'
        )
    entries = "".join(f"<item>{fields(i)}</item>" for i in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{entries}</channel></rss>'


feed_value = st.one_of(
    pieces(PROSE + NOTE_PIECES + DATE_WORDS, 10),
    st.text(max_size=30),
    st.sampled_from(["&lt;p&gt;x&lt;/p&gt;", "<![CDATA[<b>x</b>]]>", "&bogus;", "]]>"]),
)
feed_bytes = encoded(
    st.tuples(
        st.lists(st.lists(st.tuples(st.sampled_from(FEED_FIELDS), feed_value), max_size=6), max_size=5),
        st.booleans(),
    ).map(lambda t: _feed(*t))
)
FRONT_KEYS = ["title", "published", "date", "authors", "author", "source", "url", "lang", "tags", "x"]
FRONT_VALUES = [
    '"quoted"',
    "2024-02-30",
    "2024-05-01",
    "[a, b]",
    "{a: 1}",
    "[",
    "{",
    "!!python/object:os.system",
    "*alias",
    "&anchor x",
    "123",
    "-1",
    "null",
    "true",
    "|",
    ">",
    "'",
    '"',
    ": :",
    "- item",
    "1e999",
    "0x1F",
    "~",
    "2024-05-01T25:00:00Z",
    "hxxps://bad[.]example[.]net/p",
    "http://[::1",
]
front_matter_bytes = encoded(
    st.tuples(
        st.lists(
            st.tuples(st.sampled_from(FRONT_KEYS), st.one_of(st.sampled_from(FRONT_VALUES), text_noise)),
            max_size=8,
        ),
        pieces(PROSE, 30),
        st.sampled_from(["---", "---\n", "", "...", "+++"]),
    ).map(lambda t: "---\n" + "".join(f"{k}: {v}\n" for k, v in t[0]) + f"{t[2]}\n{t[1]}\n")
)
text_bytes = st.one_of(encoded(report_text), st.binary(max_size=300))
