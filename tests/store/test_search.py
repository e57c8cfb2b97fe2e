from __future__ import annotations

import pytest

from watchfloor.errors import QueryError
from watchfloor.models import Document, Layout, Passage
from watchfloor.store import SearchFilters, open_store

PARAGRAPHS = {
    "wire.txt": (
        "2024-01-28",
        "Wire",
        "A one-way drone struck Tower 22 in Jordan, killing three US soldiers.",
    ),
    "update.txt": (
        "2024-02-02",
        "Desk",
        "US bombers struck IRGC Quds Force sites in Iraq and Syria after the drone attack.",
    ),
    "oped.txt": (
        "2023-07-04",
        "Opinion",
        "Iran joined the Shanghai Cooperation Organization as a full member.",
    ),
    "shahed.txt": ("2022-10-17", "Desk", "Shahed-136 drones hit Kyiv; Russia calls them Geran-2."),
}


def _document(name: str, published: str, outlet: str, paragraph: str) -> tuple[Document, Layout]:
    text = f"Title of {name}\n\n{paragraph}"
    start = text.index(paragraph)
    doc = Document(
        text=text, source=f"/x/{name}", name=name, format="text", published=published, outlet=outlet
    )
    return doc, Layout(body_end=len(text), passages=[Passage("paragraph", start, start + len(paragraph))])


@pytest.fixture
def store(store_location: str):  # type: ignore[no-untyped-def]
    with open_store(store_location) as s:
        for name, (published, outlet, paragraph) in PARAGRAPHS.items():
            s.add_document(*_document(name, published, outlet, paragraph))
        yield s


def names(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.document_name for h in hits]


def test_hits_are_ranked_and_highlighted(store) -> None:  # type: ignore[no-untyped-def]
    hits = store.search("drone attack")
    assert names(hits) == ["update.txt"]
    assert "[drone]" in hits[0].snippet and "[attack]" in hits[0].snippet
    # the Porter stemmer makes "drones" and "drone" one word
    assert set(names(store.search("drone"))) == {"wire.txt", "update.txt", "shahed.txt"}


def test_phrases_or_prefix_and_exclusion(store) -> None:  # type: ignore[no-untyped-def]
    assert names(store.search('"Tower 22"')) == ["wire.txt"]
    assert set(names(store.search("Shanghai OR Kyiv"))) == {"oped.txt", "shahed.txt"}
    assert names(store.search("Shang*")) == ["oped.txt"]
    assert names(store.search("struck -Jordan")) == ["update.txt"]
    assert names(store.search("Shahed-136")) == ["shahed.txt"]


def test_filters_by_date_and_source(store) -> None:  # type: ignore[no-untyped-def]
    assert names(store.search("struck", SearchFilters(since="2024-02"))) == ["update.txt"]
    assert names(store.search("struck", SearchFilters(until="2024-01"))) == ["wire.txt"]
    assert names(store.search("struck", SearchFilters(until="2024-01-28"))) == ["wire.txt"]
    assert set(names(store.search("drone", SearchFilters(source="desk")))) == {"update.txt", "shahed.txt"}
    assert store.search("drone", SearchFilters(source="nowhere")) == []


HOSTILE = [
    '"',
    '""',
    '"unbalanced phrase',
    "(",
    ")",
    "((drone",
    "drone)",
    "AND",
    "OR",
    "NOT",
    "drone AND",
    "OR drone",
    "NOT drone",
    "drone NOT",
    "AND OR NOT",
    "*",
    "-",
    "--",
    "-drone",
    "drone*",
    "**drone",
    "NEAR(drone Kyiv)",
    "text:drone",
    "^drone",
    "drone + Kyiv",
    "{drone}",
    "[drone]",
    "drone'; DROP TABLE documents; --",
    "Shahed-136's",
    "’“”",
    "🚀 drone",
    "",
    "   ",
    "\x00",
    "a" * 1000,  # the longest search text searched (fts_query.MAX_QUERY_CHARS)
    "drone " * 64,  # the most terms (fts_query.MAX_TERMS)
    "Iran's",
    "U.S.-Iran",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_any_typed_string_is_searchable(store, query: str) -> None:  # type: ignore[no-untyped-def]
    hits = store.search(query)
    assert isinstance(hits, list)
    assert store.stats().documents == len(PARAGRAPHS)


def test_hostile_strings_still_find_their_words(store) -> None:  # type: ignore[no-untyped-def]
    assert names(store.search("((Kyiv")) == ["shahed.txt"]
    assert names(store.search('"Kyiv')) == ["shahed.txt"]
    assert names(store.search("Kyiv AND")) == ["shahed.txt"]
    assert names(store.search("Kyiv)")) == ["shahed.txt"]


def test_a_source_filter_is_plain_text_not_a_pattern(store) -> None:  # type: ignore[no-untyped-def]
    assert store.search("drone", SearchFilters(source="%")) == []
    assert store.search("drone", SearchFilters(source="_")) == []


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("a" * 1001, "search text is 1001 characters long; at most 1000 are searched (shorten it)"),
        ("drone " * 65, "search text has more than 64 terms; search for fewer"),
        (" OR ".join(["drone"] * 65), "search text has more than 64 terms; search for fewer"),
    ],
)
def test_search_text_past_the_limits_is_refused_clearly(store, query: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError) as caught:
        store.search(query)
    assert str(caught.value) == problem
