"""Full-text search over paragraphs (FTS5, BM25), shared by the store and the web queries."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from watchfloor.store.base import SearchFilters, SearchHit
from watchfloor.store.db import Connection
from watchfloor.store.fts_query import to_fts_query

_OPEN, _CLOSE = "\x02", "\x03"  # snippet delimiters no document text contains


def search_paragraphs(
    conn: Connection,
    query: str,
    filters: SearchFilters,
    extra_where: Sequence[str] = (),
    extra_params: Sequence[object] = (),
) -> list[SearchHit]:
    """Paragraphs matching `query`, best first, each with a highlighted snippet; `filters` bound
    the documents' publication dates and source, `extra_where` (over `d` documents and `p`
    passages) narrows further. Whatever the user typed, the FTS5 expression is built safely.
    A PostgreSQL store searches with its own machinery (`pg_search`)."""
    if not isinstance(conn, sqlite3.Connection):
        from watchfloor.store.pg_search import search_paragraphs_pg

        return search_paragraphs_pg(conn, query, filters, extra_where, extra_params)
    expression = to_fts_query(query)
    if expression is None:
        return []
    where: list[str] = ["paragraph_index MATCH ?"]
    params: list[object] = [expression]
    if filters.since and filters.since.strip():
        where.append("d.published >= ?")
        params.append(filters.since.strip())
    if filters.until and filters.until.strip():
        # An ISO prefix bound is inclusive of everything it covers: until 2023-07 keeps 2023-07-31.
        where.append("substr(d.published, 1, length(?)) <= ?")
        params.extend([filters.until.strip()] * 2)
    if filters.source and filters.source.strip():
        needle = filters.source.strip().casefold()  # instr, not LIKE: a typed % or _ is just text
        where.append(
            "(instr(lower(coalesce(d.outlet, '')), ?) OR instr(lower(coalesce(d.url, '')), ?)"
            " OR instr(lower(d.name), ?) OR instr(lower(d.source), ?))"
        )
        params.extend([needle] * 4)
    where.extend(extra_where)
    params.extend(extra_params)
    # Rank first, carrying only row ids through the sort; the snippets are made for the page alone
    # (SQLite computes a sorted query's columns for every match, and a snippet is costly).
    # Without filters on documents or passages, the ranking reads the full-text index alone.
    joins = (
        " JOIN passages p ON p.id = paragraph_index.passage_id JOIN documents d ON d.id = p.document_id"
        if len(where) > 1
        else ""
    )
    ranked = (
        f"SELECT paragraph_index.rowid FROM paragraph_index{joins} WHERE {' AND '.join(where)}"
        " ORDER BY bm25(paragraph_index), paragraph_index.passage_id LIMIT ? OFFSET ?"
    )
    page = [int(r[0]) for r in conn.execute(ranked, [*params, filters.limit, filters.offset])]
    if not page:
        return []
    sql = (
        "SELECT d.id, d.name, d.title, d.published, d.outlet, p.start, p.end,"
        f" snippet(paragraph_index, 0, '{_OPEN}', '{_CLOSE}', ' … ', 24), bm25(paragraph_index)"
        " FROM paragraph_index JOIN passages p ON p.id = paragraph_index.passage_id"
        " JOIN documents d ON d.id = p.document_id"
        " WHERE paragraph_index MATCH ? AND paragraph_index.rowid IN (SELECT value FROM json_each(?))"
        " ORDER BY bm25(paragraph_index), p.id"
    )
    rows = conn.execute(sql, [expression, json.dumps(page)]).fetchall()
    return [
        SearchHit(doc_id, name, title, published, outlet, start, end, snippet_parts(snippet), score)
        for doc_id, name, title, published, outlet, start, end, snippet, score in rows
    ]


def snippet_parts(snippet: str) -> tuple[tuple[str, bool], ...]:
    pieces = snippet.replace(_CLOSE, _OPEN).split(_OPEN)
    return tuple((piece, index % 2 == 1) for index, piece in enumerate(pieces) if piece)
