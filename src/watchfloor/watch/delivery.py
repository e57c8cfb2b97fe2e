"""Sending alerts: a webhook (JSON POST with httpx), an email (smtplib), or nothing for an Atom watch
(its feed shows them). The ingest hook delivers an immediate watch's new alerts at once; `digest`
sends each daily watch one message with every alert not delivered yet. A failed delivery is
recorded on its alerts (`error`, `attempts`) and never raised.

Settings come from the environment: WATCHFLOOR_SMTP_HOST (localhost), WATCHFLOOR_SMTP_PORT (25),
WATCHFLOOR_SMTP_FROM (watchfloor@localhost), WATCHFLOOR_WEBHOOK_TIMEOUT (10 s, also the SMTP
timeout), WATCHFLOOR_BASE_URL (http://127.0.0.1:8000, for the reader links in messages).
"""

from __future__ import annotations

import logging
import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

import httpx

from watchfloor.errors import ConfigError
from watchfloor.store.db import Connection
from watchfloor.watch.alerts import Alert, load_alerts, mark_sent, match_new_events
from watchfloor.watch.model import Watch
from watchfloor.watch.registry import get_watch, list_watches, now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliverySettings:
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_from: str = "watchfloor@localhost"
    timeout: float = 10.0
    base_url: str = "http://127.0.0.1:8000"

    @classmethod
    def from_env(cls) -> DeliverySettings:
        env = os.environ
        try:
            return cls(
                smtp_host=env.get("WATCHFLOOR_SMTP_HOST") or cls.smtp_host,
                smtp_port=int(env.get("WATCHFLOOR_SMTP_PORT") or cls.smtp_port),
                smtp_from=env.get("WATCHFLOOR_SMTP_FROM") or cls.smtp_from,
                timeout=float(env.get("WATCHFLOOR_WEBHOOK_TIMEOUT") or cls.timeout),
                base_url=env.get("WATCHFLOOR_BASE_URL") or cls.base_url,
            )
        except ValueError as exc:
            raise ConfigError(f"watch delivery settings: {exc}") from exc


def send(watch: Watch, alerts: list[Alert], settings: DeliverySettings) -> str | None:
    """Send the alerts as one message; None when it went out (or the watch is Atom), else the error."""
    if watch.delivery == "atom" or not alerts:
        return None
    try:
        if watch.delivery == "webhook":
            _post(watch, alerts, settings)
        else:
            _mail(watch, alerts, settings)
    except (httpx.HTTPError, smtplib.SMTPException, OSError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def _post(watch: Watch, alerts: list[Alert], settings: DeliverySettings) -> None:
    assert watch.target is not None
    body = {"watch": watch.name, "mode": watch.mode, "alerts": [a.payload(settings.base_url) for a in alerts]}
    response = httpx.post(watch.target, json=body, timeout=settings.timeout)
    response.raise_for_status()


def _mail(watch: Watch, alerts: list[Alert], settings: DeliverySettings) -> None:
    assert watch.target is not None
    message = EmailMessage()
    kind = "digest" if watch.mode == "daily" else "alert"
    message["Subject"] = (
        f"[Watchfloor] {watch.name}: {len(alerts)} new {kind}{'s' if len(alerts) > 1 else ''}"
    )
    message["From"] = settings.smtp_from
    message["To"] = watch.target
    message.set_content("\n\n".join(_text(a, settings.base_url) for a in alerts) + "\n")
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.timeout) as smtp:
        smtp.send_message(message)


def _text(alert: Alert, base_url: str) -> str:
    lines = [
        alert.headline,
        f"  {alert.text}",
        f"  certainty: {alert.certainty}; reported by {alert.outlet or alert.document_title}"
        + (f" ({alert.published})" if alert.published else ""),
        f"  read: {alert.reader_url(base_url)}",
    ]
    lines += [f"  note: {url}" for url in alert.notes]
    return "\n".join(lines)


def watch_store(store: object, settings: DeliverySettings | None = None) -> list[int]:
    """The ingest hook: match new events against every watch, then deliver what immediate watches
    found. Never raises (a watch must not stop an ingest); returns the new alerts' ids."""
    conn = getattr(store, "conn", None)
    if not isinstance(conn, Connection):
        return []
    try:
        return run_watches(conn, settings or DeliverySettings.from_env())
    except Exception:
        log.exception("watches: matching or delivering the new events failed")
        return []


def run_watches(conn: Connection, settings: DeliverySettings) -> list[int]:
    """Match in one write transaction (`conn` in autocommit mode), then deliver outside it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        created = match_new_events(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if created:
        marks = ",".join("?" * len(created))
        fresh = load_alerts(conn, f"a.id IN ({marks})", tuple(created))
        for watch_id in sorted({a.watch_id for a in fresh}):
            watch = get_watch(conn, watch_id)
            if watch.mode == "immediate":
                batch = [a for a in fresh if a.watch_id == watch_id]
                mark_sent(conn, [a.id for a in batch], send(watch, batch, settings))
    return created


@dataclass(frozen=True)
class DigestResult:
    watch: str
    alerts: int
    error: str | None


def digest(conn: Connection, settings: DeliverySettings | None = None) -> list[DigestResult]:
    """Send each daily watch one message with all its alerts not delivered yet (a watch with none
    sends nothing). Returns what was done per daily watch."""
    settings = settings or DeliverySettings.from_env()
    results = []
    for watch in list_watches(conn):
        if watch.mode != "daily":
            continue
        assert watch.id is not None
        pending = load_alerts(conn, "a.watch_id = ? AND a.delivered_at IS NULL", (watch.id,))
        error = send(watch, pending, settings) if pending else None
        if pending:
            mark_sent(conn, [a.id for a in pending], error)
        if error is None:
            conn.execute("UPDATE watches SET last_digest_at = ? WHERE id = ?", (now(), watch.id))
        results.append(DigestResult(watch.name, len(pending), error))
    return results
