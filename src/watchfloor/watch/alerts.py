"""Match newly stored events against every watch and record the matches as alerts.

Each watch remembers the last event id it has seen, so every event is judged once per watch. An
alert names the event's cluster (`event_cluster_members`; the event's own id, negated, when it has
none, so the two kinds of id never collide): a second report of the same event joins the same
cluster, and UNIQUE (watch_id, cluster_id) keeps it from alerting that watch twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.kb.normalize import fold
from watchfloor.store.db import Connection
from watchfloor.watch.model import Watch
from watchfloor.watch.registry import list_watches, now

NEW_EVENTS_SQL = """
    SELECT e.id, e.type, e.actor, e.actor_id, e.actor_country, e.recipient, e.recipient_id,
           e.recipient_country, e.certainty, e.confidence, e.text, coalesce(m.cluster_id, -e.id)
    FROM events e LEFT JOIN event_cluster_members m ON m.event_id = e.id
    WHERE e.id > ? ORDER BY e.id
"""

ALERT_SQL = """
    SELECT a.id, a.watch_id, a.cluster_id, a.created_at, a.delivered_at, a.error,
           e.id, e.type, e.actor, e.actor_country, e.recipient, e.recipient_country, e.date,
           e.certainty, e.text, d.id, d.title, d.name, d.outlet, d.published
    FROM alerts a JOIN events e ON e.id = a.event_id JOIN documents d ON d.id = e.document_id
"""


@dataclass(frozen=True)
class _Event:
    id: int
    type: str
    actor: str | None
    actor_id: int | None
    actor_country: str | None
    recipient: str | None
    recipient_id: int | None
    recipient_country: str | None
    certainty: str
    confidence: float
    text: str
    cluster_id: int


@dataclass(frozen=True)
class Alert:
    """An alert with what a message or a feed entry shows of its event and document."""

    id: int
    watch_id: int
    cluster_id: int
    created_at: str
    delivered_at: str | None
    error: str | None
    event_id: int
    type: str
    actor: str | None
    actor_country: str | None
    recipient: str | None
    recipient_country: str | None
    date: str | None
    certainty: str
    text: str
    document_id: int
    document_title: str
    outlet: str | None
    published: str | None
    notes: tuple[str, ...]

    def payload(self, base_url: str) -> dict[str, object]:
        """The alert as JSON-ready data (webhook bodies), with the reader's absolute URL."""
        data = {k: v for k, v in vars(self).items() if k not in {"watch_id", "error", "delivered_at"}}
        data["notes"] = list(self.notes)
        data["reader_url"] = self.reader_url(base_url)
        return data

    def reader_url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/documents/{self.document_id}"

    @property
    def headline(self) -> str:
        parties = " -> ".join(p for p in (self.actor, self.recipient) if p)
        return f"{self.type}: {parties or 'unnamed parties'}" + (f" ({self.date})" if self.date else "")


def match_new_events(conn: Connection) -> list[int]:
    """Judge every event a watch has not seen yet; insert the alerts (in the caller's transaction)
    and return the ids of the alerts this call created."""
    watches = list_watches(conn)
    if not watches:
        return []
    seen = dict(conn.execute("SELECT id, seen_event_id FROM watches").fetchall())
    events = [_event(r) for r in conn.execute(NEW_EVENTS_SQL, (min(seen.values()),)).fetchall()]
    if not events:
        return []
    created: list[int] = []
    stamp = now()
    for watch in watches:
        assert watch.id is not None
        entity_ids, names = _entity_keys(conn, watch)
        for event in events:
            if event.id <= seen[watch.id] or not _matches(watch, event, entity_ids, names):
                continue
            cursor = conn.execute(
                "INSERT OR IGNORE INTO alerts (watch_id, cluster_id, event_id, created_at)"
                " VALUES (?, ?, ?, ?)",
                (watch.id, event.cluster_id, event.id, stamp),
            )
            if cursor.rowcount:
                created.append(int(cursor.lastrowid or 0))
        conn.execute("UPDATE watches SET seen_event_id = ? WHERE id = ?", (events[-1].id, watch.id))
    return created


def _event(row: tuple[object, ...]) -> _Event:
    eid, etype, actor, aid, acountry, recipient, rid, rcountry, certainty, confidence, text, cluster = row
    return _Event(
        int(str(eid)), str(etype), _opt(actor), _opt_int(aid), _opt(acountry), _opt(recipient),
        _opt_int(rid), _opt(rcountry), str(certainty), float(str(confidence)), str(text), int(str(cluster)),
    )  # fmt: skip


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _opt_int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _entity_keys(conn: Connection, watch: Watch) -> tuple[set[int], set[str]]:
    """The entity ids a watch names (ids given, and every entity with an alias of a name given) and
    the folded names (for events whose party did not resolve to an entity)."""
    ids = {int(e) for e in watch.entities if e.isascii() and e.isdigit()}
    names = {fold(e) for e in watch.entities if not (e.isascii() and e.isdigit())}
    for name in names:
        rows = conn.execute("SELECT entity_id FROM entity_aliases WHERE folded = ?", (name,))
        ids.update(int(r[0]) for r in rows)
    return ids, names


def _matches(watch: Watch, event: _Event, entity_ids: set[int], names: set[str]) -> bool:
    if watch.entities:
        by_id = bool({event.actor_id, event.recipient_id} & entity_ids)
        by_name = any(p is not None and fold(p) in names for p in (event.actor, event.recipient))
        if not (by_id or by_name):
            return False
    return (
        watch.accepts_type(event.type)
        and watch.accepts_countries(event.actor_country, event.recipient_country)
        and watch.accepts_certainty(event.certainty)
        and watch.accepts_confidence(event.confidence)
        and watch.accepts_text(event.text)
    )


def load_alerts(conn: Connection, where: str, params: tuple[object, ...]) -> list[Alert]:
    """Alerts chosen by a WHERE clause over `alerts a` (oldest first), with their note URLs."""
    rows = conn.execute(f"{ALERT_SQL} WHERE {where} ORDER BY a.id", params).fetchall()
    return [_alert(conn, tuple(r)) for r in rows]


def _alert(conn: Connection, row: tuple[object, ...]) -> Alert:
    (aid, wid, cid, created, delivered, error, eid, etype, actor, acountry, recipient, rcountry, date,
     certainty, text, did, title, name, outlet, published) = row  # fmt: skip
    notes = conn.execute(
        "SELECT url FROM event_citations WHERE event_id = ? AND url IS NOT NULL ORDER BY position", (eid,)
    ).fetchall()
    return Alert(
        int(str(aid)), int(str(wid)), int(str(cid)), str(created), _opt(delivered), _opt(error),
        int(str(eid)), str(etype), _opt(actor), _opt(acountry), _opt(recipient), _opt(rcountry),
        _opt(date), str(certainty), str(text), int(str(did)), str(title or name), _opt(outlet),
        _opt(published), tuple(dict.fromkeys(str(n[0]) for n in notes)),
    )  # fmt: skip


def mark_sent(conn: Connection, alert_ids: list[int], error: str | None) -> None:
    """Record one delivery attempt of these alerts: delivered now, or the error it met."""
    marks = ",".join("?" * len(alert_ids))
    if error is None:
        sql = (
            f"UPDATE alerts SET delivered_at = ?, error = NULL, attempts = attempts + 1 WHERE id IN ({marks})"
        )
        conn.execute(sql, (now(), *alert_ids))
    else:
        sql = f"UPDATE alerts SET error = ?, attempts = attempts + 1 WHERE id IN ({marks})"
        conn.execute(sql, (error, *alert_ids))
