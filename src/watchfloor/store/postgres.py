"""The team store: one PostgreSQL database, each document written in one transaction.

Writers queue on one advisory lock (`BEGIN IMMEDIATE` in `pg_connection`), as SQLite's writers do
on its file lock, so concurrent ingests neither lose nor duplicate a document.
"""

from __future__ import annotations

import psycopg

from watchfloor.errors import StoreError
from watchfloor.store.base import SearchFilters, SearchHit
from watchfloor.store.db import display_location
from watchfloor.store.pg_connection import PgConnection
from watchfloor.store.pg_migrations import migrate
from watchfloor.store.pg_search import search_paragraphs_pg
from watchfloor.store.records import DocumentStore


def connect(url: str) -> PgConnection:
    """A connection to the database at `url`, or a StoreError saying why there is none."""
    try:
        return PgConnection.connect(url)
    except psycopg.ProgrammingError as exc:  # a malformed URL
        reason = str(exc).strip().splitlines()[0].replace(url, "the URL")
        raise StoreError(f"{display_location(url)}: not a usable PostgreSQL URL ({reason})") from exc
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0].replace(url, "the URL") if str(exc).strip() else "no answer"
        raise StoreError(f"{display_location(url)}: cannot connect to PostgreSQL ({reason})") from exc


class PostgresStore(DocumentStore):
    """Documents, their notes and passages, a full-text index, and what extraction found in them,
    in one PostgreSQL database."""

    conn: PgConnection

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = display_location(url)  # what messages name the store by
        self.conn = connect(url)
        try:
            migrate(self.conn, self.path)
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: cannot open as a Watchfloor database ({exc})") from exc
        except BaseException:
            self.conn.close()
            raise

    def search(self, query: str, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Paragraphs matching `query`, best first (ts_rank), each with a highlighted snippet."""
        return search_paragraphs_pg(self.conn, query, filters or SearchFilters())
