"""Event clusters in the store: the events a new document's events could be the same as (same type
and country dyad, either way round for acts done together, compatible party ids and dates), with
the clusters they are in, are split again and written back, keeping the cluster ids they had
where they can. Events no new event could match keep their clusters untouched.

Independence: two reports of a cluster are copies of one outlet's text, not independent, when
their documents have the same outlet (else the same URL host; a document with neither is its own
outlet), when one event's paragraph is recycled (near-duplicate) from the other's, or when the two
sentences are near-duplicates. `independent` counts the groups left once copies are joined.
"""

from __future__ import annotations

import json

from watchfloor.corroborate.matching import Report, near_duplicate_sentences, split
from watchfloor.nlp.event_rules import SYMMETRIC
from watchfloor.store.db import Connection
from watchfloor.urls import url_host

REPORT_SQL = """
    SELECT e.id, e.document_id, d.key, coalesce(d.published, d.ingested_at), d.outlet, d.url, e.type,
           e.actor, e.actor_id, e.actor_country, e.recipient, e.recipient_id, e.recipient_country,
           e.date, e.place_id, p.kind, p.country, e.text, e.position
    FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN places p ON p.id = e.place_id
"""


def _outlet(document_id: int, outlet: str | None, url: str | None) -> str:
    if outlet and outlet.strip():
        return outlet.strip()
    host = url_host(url)
    if host:
        return host.removeprefix("www.")
    return f"document {document_id}"


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def read_report(row: tuple[object, ...]) -> Report:
    (eid, did, key, published, outlet, url, etype, actor, actor_id, actor_country, recipient,
     recipient_id, recipient_country, date, place_id, kind, place_country, text, position) = row  # fmt: skip
    document_id = int(str(did))
    return Report(
        int(str(eid)), document_id, str(key), str(published), _outlet(document_id, _str(outlet), _str(url)),
        str(etype), _str(actor), _int(actor_id), _str(actor_country), _str(recipient), _int(recipient_id),
        _str(recipient_country), _str(date), _int(place_id), _str(kind), _str(place_country), str(text),
        int(str(position)),
    )  # fmt: skip


def update_clusters(conn: Connection, document_id: int) -> None:
    """Re-cluster the events the document's events could be the same as (`candidate_events`),
    with every member of the clusters those already belong to."""
    seeds = conn.execute(
        "SELECT DISTINCT type, actor_id, actor_country, recipient_id, recipient_country, date"
        " FROM events WHERE document_id = ?",
        (document_id,),
    ).fetchall()
    ids: set[int] = set()
    for seed in seeds:
        ids |= candidate_events(conn, *seed)
    if not ids:
        return
    ids |= {
        int(r[0])
        for r in conn.execute(
            "SELECT m.event_id FROM event_cluster_members m WHERE m.cluster_id IN (SELECT cluster_id"
            " FROM event_cluster_members WHERE event_id IN (SELECT value FROM json_each(?)))",
            (json.dumps(sorted(ids)),),
        )
    }
    rows = conn.execute(
        REPORT_SQL + " WHERE e.id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),)
    ).fetchall()
    write_block(conn, [read_report(r) for r in rows])


def candidate_events(
    conn: Connection,
    etype: str,
    actor_id: int | None,
    actor_country: str | None,
    recipient_id: int | None,
    recipient_country: str | None,
    date: str | None,
) -> set[int]:
    """Ids of the events `matching.same_event` could pair with one of this type, parties and date,
    read through indexes (party ids, country dyad and date ranges), so the cost follows how often
    the story is told, not how large the store is. Symmetric types are also looked up swapped."""
    sides = [(actor_id, actor_country, recipient_id, recipient_country)]
    if etype in SYMMETRIC:
        sides.append((recipient_id, recipient_country, actor_id, actor_country))
    dates: list[tuple[str, list[object]]] = [("TRUE", [])]
    if date:
        dates = [("e.date = ?", [date[:n]]) for n in (4, 7) if len(date) > n]
        dates += [("e.date >= ? AND e.date < ?", [date, date + "~"]), ("e.date IS NULL", [])]
    found: set[int] = set()
    for a_id, a_country, r_id, r_country in sides:
        for a_sql, a_params in _party("e.actor_id", a_id):
            for r_sql, r_params in _party("e.recipient_id", r_id):
                for d_sql, d_params in dates:
                    sql = (
                        "SELECT e.id FROM events e WHERE e.type = ? AND e.actor_country IS ?"
                        f" AND e.recipient_country IS ? AND {a_sql} AND {r_sql} AND {d_sql}"
                    )
                    params = [etype, a_country, r_country, *a_params, *r_params, *d_params]
                    found.update(int(r[0]) for r in conn.execute(sql, params))
    return found


def _party(column: str, entity_id: int | None) -> list[tuple[str, list[object]]]:
    """A side resolved to an entity matches that entity or an unresolved side; else any."""
    if entity_id is None:
        return [("TRUE", [])]
    return [(f"{column} = ?", [entity_id]), (f"{column} IS NULL", [])]


def _old_clusters(conn: Connection, event_ids: list[int]) -> dict[int, int]:
    marks = ",".join("?" * len(event_ids))
    rows = conn.execute(
        f"SELECT event_id, cluster_id FROM event_cluster_members WHERE event_id IN ({marks})", event_ids
    )
    return {int(e): int(c) for e, c in rows}


def write_block(conn: Connection, block: list[Report]) -> None:
    old = _old_clusters(conn, [r.event_id for r in block])
    old_ids = sorted(set(old.values()))
    conn.executemany("DELETE FROM event_clusters WHERE id = ?", [(c,) for c in old_ids])
    taken: set[int] = set()
    for members in split(block):
        kept = sorted({old[r.event_id] for r in members if r.event_id in old} - taken)
        cluster_id = kept[0] if kept else None
        dates = [r.date for r in members if r.date]
        values = (
            members[0].type,
            max(dates, key=len) if dates else None,
            len(members),
            len({r.document_id for r in members}),
            independent(conn, members),
        )
        kept_id = () if cluster_id is None else (cluster_id,)  # a new cluster takes the next id
        cursor = conn.execute(
            f"INSERT INTO event_clusters ({'id, ' * len(kept_id)}type, date, events, documents,"
            f" independent) VALUES ({'?, ' * len(kept_id)}?, ?, ?, ?, ?)",
            (*kept_id, *values),
        )
        cluster_id = int(cursor.lastrowid or 0)
        taken.add(cluster_id)
        conn.executemany(
            "INSERT INTO event_cluster_members (event_id, cluster_id) VALUES (?, ?)"
            " ON CONFLICT (event_id) DO UPDATE SET cluster_id = excluded.cluster_id",
            [(r.event_id, cluster_id) for r in members],
        )


def independent(conn: Connection, members: list[Report]) -> int:
    """How many independent outlets back the cluster: its documents once copies are joined."""
    parent: dict[int, int] = {r.document_id: r.document_id for r in members}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    by_outlet: dict[str, int] = {}
    for r in members:
        join(r.document_id, by_outlet.setdefault(r.outlet.casefold(), r.document_id))
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if find(a.document_id) != find(b.document_id) and (
                _recycled_between(conn, a, b) or near_duplicate_sentences(a, b)
            ):
                join(a.document_id, b.document_id)
    return len({find(d) for d in parent})


def _paragraph(conn: Connection, report: Report) -> int | None:
    row = conn.execute(
        "SELECT p.id FROM passages p JOIN events e ON e.document_id = p.document_id"
        " WHERE e.id = ? AND p.kind = 'paragraph' AND p.start <= e.start AND e.end <= p.end",
        (report.event_id,),
    ).fetchone()
    return None if row is None else int(row[0])


def _recycled_between(conn: Connection, a: Report, b: Report) -> bool:
    """One event's paragraph is a near-duplicate of the other's (linked directly or via one original)."""
    pa, pb = _paragraph(conn, a), _paragraph(conn, b)
    if pa is None or pb is None:
        return False
    roots = []
    for pid in (pa, pb):
        row = conn.execute(
            "SELECT original_passage_id FROM recycled_passages WHERE passage_id = ?", (pid,)
        ).fetchone()
        roots.append(pid if row is None else int(row[0]))
    return roots[0] == roots[1]
