"""`watchfloor daily`: today's editions for the profiles due today, then the mailing of everything
editions still owe. Safe to run again the same day (an edition exists once per profile and day, a
subscriber gets it once), so a rerun after a crash finishes the job. `DailyScheduler` runs it in
a thread at a fixed local time for `watchfloor serve --daily HH:MM`."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from watchfloor.editions.deliveries import RetryPolicy
from watchfloor.editions.issue import Edition, make_edition
from watchfloor.editions.mailing import MailingReport, Progress, mail_editions
from watchfloor.editions.profiles import get_profile, list_profiles
from watchfloor.editions.weekdays import is_due
from watchfloor.errors import ConfigError
from watchfloor.store import open_store
from watchfloor.store.db import Connection
from watchfloor.watch.delivery import DeliverySettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DailyResult:
    editions: list[tuple[Edition, bool]]  # each edition due, and whether this run made it
    mailings: list[MailingReport]
    uncertain: int  # deliveries a dead earlier mailing left uncertain (not sent again)
    not_due: list[str]  # profiles not published on the day


def make_editions(
    conn: Connection,
    day: date,
    base_url: str,
    profiles: list[str] | None = None,
    *,
    due_only: bool = True,
) -> tuple[list[tuple[Edition, bool]], list[str]]:
    """The editions of `day` for the named profiles (all when None); with `due_only`, only for
    those published on that weekday. Returns the editions and the profiles skipped as not due."""
    chosen = [get_profile(conn, n) for n in profiles] if profiles else list_profiles(conn)
    made: list[tuple[Edition, bool]] = []
    skipped: list[str] = []
    for profile in chosen:
        if due_only and not is_due(profile.weekdays, day):
            skipped.append(profile.name)
            continue
        made.append(make_edition(conn, profile, day, base_url))
    return made, skipped


def run_daily(
    db_path: Path | str,
    day: date | None = None,
    *,
    settings: DeliverySettings | None = None,
    retry: RetryPolicy | None = None,
    mail: bool = True,
    profiles: list[str] | None = None,
    progress: Progress | None = None,
) -> DailyResult:
    settings = settings or DeliverySettings.from_env()
    with open_store(db_path) as store:
        editions, not_due = make_editions(store.conn, day or date.today(), settings.base_url, profiles)
        mailings, uncertain = (
            mail_editions(store.conn, store.path, settings, retry, progress) if mail else ([], 0)
        )
    return DailyResult(editions, mailings, uncertain, not_due)


def parse_clock(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text.strip())
    if match is None:
        raise ConfigError(f"--daily {text!r}: give a local time as HH:MM, e.g. 18:30")
    return int(match.group(1)), int(match.group(2))


def next_run(after: datetime, clock: tuple[int, int]) -> datetime:
    """The first moment at `clock` (local hours and minutes) strictly after `after`."""
    at = after.replace(hour=clock[0], minute=clock[1], second=0, microsecond=0)
    return at if at > after else at + timedelta(days=1)


class DailyScheduler(threading.Thread):
    """Calls `job()` every day at `clock`, local time, until `stop()`; a failing run is logged and the
    next day's still runs."""

    def __init__(
        self, clock: tuple[int, int], job: Callable[[], object], now: Callable[[], datetime] = datetime.now
    ) -> None:
        super().__init__(name="watchfloor-daily", daemon=True)
        self.clock, self.job, self.now = clock, job, now
        self.runs = 0
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.is_set():
            wait = (next_run(self.now(), self.clock) - self.now()).total_seconds()
            if self._stopped.wait(max(wait, 0.0)):
                return
            try:
                self.job()
            except Exception:
                log.exception("the daily editions run failed")
            self.runs += 1

    def stop(self) -> None:
        self._stopped.set()


def start_daily(db_path: Path | str, clock: str) -> DailyScheduler:
    """Run `run_daily` on the store every day at `clock` (HH:MM, local time) in a daemon thread,
    logging what each run did."""

    server_log = logging.getLogger("uvicorn.error")  # the server's own log, shown at info level

    def job() -> None:
        result = run_daily(db_path)
        for edition, made in result.editions:
            server_log.info("edition %s %s %s", edition.profile, edition.day, "made" if made else "existed")
        for report in result.mailings:
            server_log.info("mailed %s %s: %s", report.edition.profile, report.edition.day, report.states)
            for error in report.errors:
                server_log.error("  %s", error)

    scheduler = DailyScheduler(parse_clock(clock), job)
    scheduler.start()
    return scheduler
