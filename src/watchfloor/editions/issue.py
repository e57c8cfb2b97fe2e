"""Editions: one profile's brief for one publication day, drafted from the store and kept as issued
(title, Markdown, standalone HTML whose sources link to the workspace, the brief's JSON and its
numbered sources). One edition per profile and day: a second is refused unless `replace`, which
rewrites it in place and keeps its deliveries, so nobody is mailed the same day twice."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from watchfloor.brief import Brief, draft_brief, to_html, to_markdown
from watchfloor.brief.phrasing import date_words
from watchfloor.editions.codec import brief_from_dict
from watchfloor.editions.profiles import Profile
from watchfloor.errors import ConfigError
from watchfloor.store.db import Connection
from watchfloor.store.queries import StoreQueries
from watchfloor.watch.registry import now

EDITION_COLUMNS = (
    "e.id, p.name, e.day, e.since, e.title, e.markdown, e.html, e.brief, e.sentences, e.created_at,"
    " e.updated_at, e.mailing_started_at"
)
EDITION_SQL = f"SELECT {EDITION_COLUMNS} FROM editions e JOIN brief_profiles p ON p.id = e.profile_id"


@dataclass(frozen=True)
class Edition:
    id: int
    profile: str
    day: str  # the publication day, ISO
    since: str  # the first report day covered
    title: str
    markdown: str
    html: str
    brief_json: str
    sentences: int
    created_at: str
    updated_at: str
    mailing_started_at: str | None

    @property
    def brief(self) -> Brief:
        brief: Brief = brief_from_dict(json.loads(self.brief_json))
        return brief

    def path(self) -> str:
        """The edition's page in the workspace, relative to the site's root."""
        return f"/briefs/{self.profile}/{self.day}"


def make_edition(
    conn: Connection, profile: Profile, day: date, base_url: str, *, replace_existing: bool = False
) -> tuple[Edition, bool]:
    """Draft and store the edition of `profile` for `day`; returns it and whether it was made now.
    An existing edition is returned as it is, unless `replace_existing`."""
    assert profile.id is not None
    existing = find_edition(conn, profile.name, day.isoformat())
    if existing is not None and not replace_existing:
        return existing, False
    request = profile.request(day)
    brief = draft_brief(StoreQueries(conn), request)
    brief = replace(brief, title=f"{profile.title}, {date_words(day.isoformat())}")
    base = base_url.rstrip("/")
    html = to_html(brief, lambda s: f"{base}/documents/{s.document_id}")
    values = (
        request.since, brief.title, to_markdown(brief), html, json.dumps(brief.as_dict(), ensure_ascii=False),
        len(brief.sentences), now(),
    )  # fmt: skip
    conn.execute("BEGIN IMMEDIATE")
    try:
        if existing is None:
            cursor = conn.execute(
                "INSERT INTO editions (profile_id, day, since, title, markdown, html, brief, sentences,"
                " updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (profile.id, day.isoformat(), *values, values[-1]),
            )
            edition_id = int(cursor.lastrowid or 0)
        else:
            edition_id = existing.id
            conn.execute(
                "UPDATE editions SET since = ?, title = ?, markdown = ?, html = ?, brief = ?, sentences = ?,"
                " updated_at = ? WHERE id = ?",
                (*values, edition_id),
            )
            conn.execute("DELETE FROM edition_sources WHERE edition_id = ?", (edition_id,))
        conn.executemany(
            "INSERT INTO edition_sources (edition_id, number, document_id, title, published, marker, url)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (edition_id, s.number, s.document_id, s.title, s.published, s.marker, s.url)
                for s in brief.sources
            ],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return get_edition(conn, edition_id), True


def archive_only(conn: Connection, edition: Edition) -> None:
    """Keep an edition not yet mailed out of the mailing (a back-filled day): archive and feed only."""
    conn.execute(
        "UPDATE editions SET mailing_started_at = updated_at WHERE id = ? AND mailing_started_at IS NULL",
        (edition.id,),
    )


def get_edition(conn: Connection, edition_id: int) -> Edition:
    row = conn.execute(f"{EDITION_SQL} WHERE e.id = ?", (edition_id,)).fetchone()
    if row is None:
        raise ConfigError(f"no edition with id {edition_id}")
    return _edition(tuple(row))


def find_edition(conn: Connection, profile: str, day: str) -> Edition | None:
    row = conn.execute(f"{EDITION_SQL} WHERE p.name = ? AND e.day = ?", (profile, day)).fetchone()
    return None if row is None else _edition(tuple(row))


def list_editions(conn: Connection, profile: str, limit: int = 200) -> list[Edition]:
    """The profile's editions, newest day first."""
    rows = conn.execute(f"{EDITION_SQL} WHERE p.name = ? ORDER BY e.day DESC LIMIT ?", (profile, limit))
    return [_edition(tuple(r)) for r in rows.fetchall()]


def neighbour_days(conn: Connection, profile: str, day: str) -> tuple[str | None, str | None]:
    """The days of the profile's editions just after and just before `day` (None at either end)."""
    sql = (
        "SELECT (SELECT min(e.day) FROM editions e WHERE e.profile_id = p.id AND e.day > :day),"
        " (SELECT max(e.day) FROM editions e WHERE e.profile_id = p.id AND e.day < :day)"
        " FROM brief_profiles p WHERE p.name = :profile"
    )
    row = conn.execute(sql, {"day": day, "profile": profile}).fetchone()
    return (None, None) if row is None else (row[0], row[1])


def _edition(row: tuple[object, ...]) -> Edition:
    eid, profile, day, since, title, markdown, html, brief, sentences, created, updated, started = row
    return Edition(
        int(str(eid)), str(profile), str(day), str(since), str(title), str(markdown), str(html), str(brief),
        int(str(sentences)), str(created), str(updated), None if started is None else str(started),
    )  # fmt: skip
