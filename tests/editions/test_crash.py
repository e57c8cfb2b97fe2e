"""A mailing killed mid-way (SIGKILL from the SMTP server, in the middle of a conversation) and
run again: everyone gets the edition once. Killed before the message was handed over, it is sent
on the rerun; killed after the server took it, it is recorded uncertain and never sent twice."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from watchfloor.editions import run_daily

from .conftest import FAST, SUBSCRIBERS, Mailbox, ledger

SRC = Path(__file__).resolve().parents[2] / "src"


def start_daily(db: Path | str, smtp: Mailbox) -> subprocess.Popen[bytes]:
    env = {**os.environ, **smtp.env(), "PYTHONPATH": str(SRC)}
    command = [sys.executable, "-m", "watchfloor", "daily", "--date", "2024-03-18", "--db", str(db)]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_killed_before_handing_over_the_second_message_the_rerun_sends_the_rest(
    db: Path | str, smtp: Mailbox
) -> None:
    smtp.kill = ("RCPT", 2)
    smtp.victim = start_daily(db, smtp)
    assert smtp.victim.wait(timeout=120) == -9
    assert [m["To"] for m in smtp.messages] == ["ana@example.org"]
    assert ledger(db)["ben@example.org"] == ("pending", 0)

    smtp.kill = None
    result = run_daily(db, date(2024, 3, 18), settings=smtp.settings(), retry=FAST)
    assert [made for _, made in result.editions] == [False] and result.uncertain == 0
    assert sorted(m["To"] for m in smtp.messages) == list(SUBSCRIBERS)  # each exactly once
    assert {state for state, _ in ledger(db).values()} == {"sent"}
    assert run_daily(db, date(2024, 3, 18), settings=smtp.settings(), retry=FAST).mailings == []
    assert len(smtp.messages) == 3


def test_killed_after_the_server_took_a_message_it_is_not_sent_again(db: Path | str, smtp: Mailbox) -> None:
    smtp.kill = ("DATA", 2)
    smtp.victim = start_daily(db, smtp)
    assert smtp.victim.wait(timeout=120) == -9
    assert [m["To"] for m in smtp.messages] == ["ana@example.org", "ben@example.org"]

    smtp.kill = None
    result = run_daily(db, date(2024, 3, 18), settings=smtp.settings(), retry=FAST)
    assert result.uncertain == 1
    assert sorted(m["To"] for m in smtp.messages) == list(SUBSCRIBERS)  # ben's copy is not repeated
    assert ledger(db)["ben@example.org"][0] == "uncertain" and ledger(db)["cy@example.org"] == ("sent", 1)
