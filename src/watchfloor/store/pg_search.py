"""Full-text search over paragraphs in the PostgreSQL store: `websearch_to_tsquery` reads what was
typed (quoted phrases, OR, -word; no input is syntax to it), `ts_rank` orders the hits (normalised
by 1 + log of the paragraph's length, as BM25 favours short matches: on the demo corpus and seeds
this agrees with FTS5's top hit on 14 of 20 queries, 3 without it) and
`ts_headline` marks the matching words. A trailing `*` (a prefix, which websearch syntax lacks) is
added as a `:*` lexeme. The same limits as the SQLite search apply (`to_fts_query`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watchfloor.store.base import SearchFilters, SearchHit
from watchfloor.store.db import Connection
from watchfloor.store.fts_query import to_fts_query
from watchfloor.store.paragraph_search import snippet_parts

_OPEN, _CLOSE = "\x02", "\x03"
_PREFIX = re.compile(r"(?<!\S)-?([^\W_]+)\*(?!\S)")
_HEADLINE = (
    f'StartSel={_OPEN}, StopSel={_CLOSE}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
)
_QUERY = (
    "(websearch_to_tsquery('english', ?)"
    " && CASE WHEN ? = '' THEN ''::tsquery ELSE to_tsquery('english', ?) END)"
)


def tsquery_parts(text: str) -> tuple[str, str]:
    """The websearch text and the prefix terms (as `'word':*` joined by `&`) of a typed query."""
    text = text.replace("\x00", " ")
    prefixes = [m.group(1).casefold() for m in _PREFIX.finditer(text) if not m.group().startswith("-")]
    rest = _PREFIX.sub(" ", text)
    return rest, " & ".join(f"'{word}':*" for word in prefixes)


def search_paragraphs_pg(
    conn: Connection,
    query: str,
    filters: SearchFilters,
    extra_where: Sequence[str] = (),
    extra_params: Sequence[object] = (),
) -> list[SearchHit]:
    """Paragraphs matching `query`, best first (highest ts_rank), each with a highlighted snippet;
    `filters` and `extra_where` (over `d` documents and `p` passages) as in `search_paragraphs`."""
    if to_fts_query(query) is None:  # no searchable word; too long or too many terms: QueryError
        return []
    words, prefixes = tsquery_parts(query)
    query_params: list[object] = [words, prefixes, prefixes or "x"]
    where: list[str] = ["pi.words @@ q.query"]
    params: list[object] = []
    if filters.since and filters.since.strip():
        where.append("d.published >= ?")
        params.append(filters.since.strip())
    if filters.until and filters.until.strip():
        where.append("substr(d.published, 1, length(?)) <= ?")
        params.extend([filters.until.strip()] * 2)
    if filters.source and filters.source.strip():
        needle = filters.source.strip().casefold()
        where.append(
            "(strpos(lower(coalesce(d.outlet, '')), ?) > 0 OR strpos(lower(coalesce(d.url, '')), ?) > 0"
            " OR strpos(lower(d.name), ?) > 0 OR strpos(lower(d.source), ?) > 0)"
        )
        params.extend([needle] * 4)
    where.extend(extra_where)
    params.extend(extra_params)
    sql = (
        "WITH q AS (SELECT " + _QUERY + " AS query),"
        " ranked AS (SELECT pi.passage_id, ts_rank(pi.words, q.query, 1) AS rank FROM paragraph_index pi"
        " JOIN passages p ON p.id = pi.passage_id JOIN documents d ON d.id = p.document_id, q"
        f" WHERE {' AND '.join(where)} ORDER BY rank DESC, pi.passage_id LIMIT ? OFFSET ?)"
        " SELECT d.id, d.name, d.title, d.published, d.outlet, p.start, p.end,"
        " ts_headline('english', pi.text, q.query, ?), ranked.rank"
        " FROM ranked JOIN paragraph_index pi ON pi.passage_id = ranked.passage_id"
        " JOIN passages p ON p.id = ranked.passage_id JOIN documents d ON d.id = p.document_id, q"
        " ORDER BY ranked.rank DESC, ranked.passage_id"
    )
    rows = conn.execute(sql, [*query_params, *params, filters.limit, filters.offset, _HEADLINE]).fetchall()
    return [
        SearchHit(doc_id, name, title, published, outlet, start, end, snippet_parts(snippet), -float(rank))
        for doc_id, name, title, published, outlet, start, end, snippet, rank in rows
    ]
