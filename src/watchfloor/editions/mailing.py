"""Mailing editions over SMTP, each to each subscriber exactly once, resumable after a crash.

One process mails a store at a time (an flock on `STORE.mailing.lock`, which the kernel releases
when the process dies). For each message the envelope (MAIL FROM, RCPT TO) is accepted first, then
the ledger row is claimed (`sending`, committed), then DATA is sent, then the row is `sent`. A
crash before the claim leaves the row owed, so the next run sends it; a crash after it leaves
`sending`, which the next run turns into `uncertain` and does not send again (see deliveries.py).
A refusal with a 4xx code or a lost connection before DATA is retried with back-off; a 5xx code
fails the row at once. Settings (SMTP host, port, sender, timeout, base URL) are the watchlists'
`DeliverySettings`.
"""

from __future__ import annotations

import fcntl
import smtplib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage

from watchfloor.editions import deliveries as ledger
from watchfloor.editions.issue import Edition, get_edition
from watchfloor.editions.message import edition_message
from watchfloor.editions.subscribers import Subscriber, get_subscriber, unsubscribe_token
from watchfloor.errors import ConfigError
from watchfloor.store.db import Connection, dialect
from watchfloor.watch.delivery import DeliverySettings

Progress = Callable[[Edition, Subscriber, str], None]


@dataclass
class MailingReport:
    edition: Edition
    states: dict[str, int] = field(default_factory=dict)  # what this run did: state -> messages
    errors: list[str] = field(default_factory=list)  # "address: error"

    def count(self, state: str) -> None:
        self.states[state] = self.states.get(state, 0) + 1


class _Refused(Exception):
    """The server answered with a refusal: nothing was delivered."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(f"{code} {text}")
        self.code = code


class _Ambiguous(Exception):
    """The connection failed after the message was handed over: it may have been delivered."""


MAILING_LOCK = 0x5748  # PostgreSQL: the session advisory lock of the process that mails


@contextmanager
def mailing_lock(db_path: str, conn: Connection | None = None) -> Iterator[None]:
    """One mailing process per store: a lock file next to a SQLite store; on PostgreSQL an advisory
    lock held by `conn`'s session (released at the end, or when the process dies)."""
    if conn is not None and dialect(conn) == "postgresql":
        if not conn.execute("SELECT pg_try_advisory_lock(?)", (MAILING_LOCK,)).fetchone()[0]:
            raise ConfigError(f"{db_path}: another Watchfloor process is mailing from this store")
        try:
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(?)", (MAILING_LOCK,))
        return
    if db_path == ":memory:":
        yield
        return
    path = f"{db_path}.mailing.lock"
    with open(path, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(f"{path}: another Watchfloor process is mailing from this store") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def mail_editions(
    conn: Connection,
    db_path: str,
    settings: DeliverySettings,
    retry: ledger.RetryPolicy | None = None,
    progress: Progress | None = None,
    resend_uncertain: bool = False,
) -> tuple[list[MailingReport], int]:
    """Mail every edition what it still owes; returns a report per edition touched and how many
    deliveries a dead mailing had left uncertain."""
    retry = retry or ledger.RetryPolicy()
    reports: list[MailingReport] = []
    with mailing_lock(db_path, conn), _durable(conn):
        uncertain = ledger.recover_interrupted(conn, resend_uncertain)
        with _Sender(settings, retry) as sender:
            for edition_id in ledger.editions_owing(conn):
                ledger.open_mailing(conn, edition_id)
                report = MailingReport(get_edition(conn, edition_id))
                reports.append(report)
                _mail_edition(conn, sender, report, progress)
    return reports, uncertain


@contextmanager
def _durable(conn: Connection) -> Iterator[None]:
    """Every ledger commit reaches the disk before the next message goes out (PostgreSQL's commits
    always do, unless its server is told otherwise)."""
    if dialect(conn) != "sqlite":
        yield
        return
    before = int(conn.execute("PRAGMA synchronous").fetchone()[0])
    conn.execute("PRAGMA synchronous = FULL")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA synchronous = {before}")


def _mail_edition(
    conn: Connection, sender: _Sender, report: MailingReport, progress: Progress | None
) -> None:
    edition = report.edition
    for subscriber_id in ledger.owed(conn, edition.id):
        subscriber = get_subscriber(conn, subscriber_id)
        if not subscriber.active:
            ledger.mark(conn, edition.id, subscriber_id, "skipped", "unsubscribed before it was sent")
            state = "skipped"
        else:
            state = _deliver(conn, sender, edition, subscriber, report)
        report.count(state)
        if progress is not None:
            progress(edition, subscriber, state)


def _deliver(
    conn: Connection, sender: _Sender, edition: Edition, subscriber: Subscriber, report: MailingReport
) -> str:
    """Send one message, trying again after a passing failure; returns the row's new state."""
    message = edition_message(edition, subscriber, unsubscribe_token(conn, subscriber), sender.settings)
    error, refused, tries = sender.down or "", False, 0
    while sender.down is None and tries < sender.retry.tries:
        if tries:
            time.sleep(sender.retry.pause(tries))
        tries += 1
        try:
            if not sender.send(message, lambda: ledger.claim(conn, edition.id, subscriber.id)):
                return "skipped"  # no longer owed
        except _Refused as exc:
            error, refused = str(exc), True
            if exc.code >= 500:
                ledger.mark(conn, edition.id, subscriber.id, "failed", error, tries=tries)
                report.errors.append(f"{subscriber.address}: {error}")
                return "failed"
            continue
        except _Ambiguous as exc:
            ledger.mark(conn, edition.id, subscriber.id, "uncertain", str(exc), tries=tries)
            report.errors.append(f"{subscriber.address}: {exc} (not sent again: it may have arrived)")
            return "uncertain"
        except (smtplib.SMTPException, OSError) as exc:
            error = f"{type(exc).__name__}: {exc}"
            continue
        ledger.mark(conn, edition.id, subscriber.id, "sent", tries=tries)
        return "sent"
    if tries and not refused:
        sender.down = error  # the server could not be reached: the rest wait for a later run
    done = ledger.attempts(conn, edition.id, subscriber.id) + tries
    state = "failed" if done >= sender.retry.max_attempts else "retry"
    later = None if state == "failed" else sender.retry.next_attempt(done)
    ledger.mark(conn, edition.id, subscriber.id, state, error, later, tries=tries)
    report.errors.append(
        f"{subscriber.address}: {error}" + (f" (to be retried after {later})" if later else "")
    )
    return state


class _Sender:
    """One SMTP connection, opened when first needed and opened again after it fails."""

    def __init__(self, settings: DeliverySettings, retry: ledger.RetryPolicy) -> None:
        self.settings = settings
        self.retry = retry
        self.smtp: smtplib.SMTP | None = None
        self.down: str | None = None  # why the server could not be reached: stop trying this run

    def __enter__(self) -> _Sender:
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                self.smtp.close()
            self.smtp = None

    def send(self, message: EmailMessage, claim: Callable[[], bool]) -> bool:
        """Envelope, then `claim()` (False: the row is no longer owed; nothing is sent), then DATA."""
        try:
            smtp = self.smtp or self._connect()
            code, text = smtp.mail(self.settings.smtp_from)
            if code != 250:
                raise _Refused(code, _text(text))
            code, text = smtp.rcpt(str(message["To"]))
            if code not in (250, 251):
                raise _Refused(code, _text(text))
        except _Refused:
            self._reset()
            raise
        except (smtplib.SMTPException, OSError):
            self._drop()
            raise
        if not claim():
            self._reset()
            return False
        try:
            smtp.data(message.as_bytes(policy=policy.SMTP))
        except smtplib.SMTPResponseException as exc:
            self._reset()
            raise _Refused(exc.smtp_code, _text(exc.smtp_error)) from exc
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            raise _Ambiguous(f"{type(exc).__name__}: {exc}") from exc
        return True

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        self.smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.timeout)
        self.smtp.ehlo_or_helo_if_needed()
        return self.smtp

    def _reset(self) -> None:
        try:
            if self.smtp is not None:
                self.smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        if self.smtp is not None:
            self.smtp.close()
        self.smtp = None


def _text(reply: bytes | str) -> str:
    return reply.decode(errors="replace") if isinstance(reply, bytes) else reply
