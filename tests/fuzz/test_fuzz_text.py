"""Generated text at the layout (notes, defanged addresses, passages), the sentence splitter, the
date grammar and the search query builder: no crash, and what they return holds together."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from watchfloor.errors import QueryError
from watchfloor.layout import analyse_layout, find_addresses, refang, sentence_spans
from watchfloor.nlp.dates import find_dates
from watchfloor.store.fts_query import MAX_QUERY_CHARS, to_fts_query

from .conftest import examples, no_hang, tried
from .strategies import anchors, date_text, query_text, report_text

FTS = sqlite3.connect(":memory:")
FTS.execute("CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2')")
FTS.execute("INSERT INTO t VALUES ('Iran supplied Shahed-136 drones to Russia')")


@examples(1500)
@given(report_text)
def test_layout_notes_and_passages(text: str) -> None:
    tried["layout (notes, passages)"] += 1
    with no_hang(repr(text[:80])):
        layout = analyse_layout(text)
    assert 0 <= layout.body_end <= len(text)
    for passage in layout.passages:
        assert 0 <= passage.start <= passage.end <= len(text), passage
    for citation in layout.citations:
        assert citation.marker and isinstance(citation.url, str)


@examples(800)
@given(report_text, st.booleans())
def test_defanged_addresses(text: str, bare: bool) -> None:
    tried["defang"] += 1
    with no_hang(repr(text[:80])):
        found = list(find_addresses(text, bare=bare))
    for address in found:
        assert text[address.start : address.end] == address.raw
        assert refang(address.raw) == address.url or address.defanged is False


@examples(1200)
@given(report_text)
def test_sentence_splitter(text: str) -> None:
    tried["sentence splitter"] += 1
    with no_hang(repr(text[:80])):
        spans = list(sentence_spans(text))
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text), (start, end)
        previous = end


@examples(1500)
@given(date_text, anchors)
def test_date_grammar(text: str, anchor: str | None) -> None:
    tried["date grammar"] += 1
    with no_hang(repr(text[:80])):
        found = find_dates(text, anchor)
    for start, end, value in found:
        assert 0 <= start <= end <= len(text)
        year = value.iso[:4]
        assert year.isdigit() and "0001" <= year <= "9999" and len(value.iso) in (4, 7, 10), value
        assert value.precision in ("year", "month", "day")


@examples(2000)
@given(query_text)
def test_search_query_builder_is_valid_fts5(text: str) -> None:
    """Whatever is typed, the builder gives None, a refusal naming the problem, or an expression
    that FTS5 accepts (SQLite backend; there is no PostgreSQL store yet)."""
    tried["search query builder"] += 1
    try:
        expression = to_fts_query(text)
    except QueryError as exc:
        assert len(text) > MAX_QUERY_CHARS or "terms" in str(exc)
        assert str(exc).startswith("search text ")
        return
    if expression is not None:
        FTS.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()
