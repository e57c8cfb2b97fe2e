"""Hypothesis for the fuzz tests: one profile sized for CI (WATCHFLOOR_FUZZ_SCALE multiplies the
example counts for a deeper run), no deadline (a busy machine is not a failure), a guard that turns
a hang into a failure, and a tally of the inputs tried per target, printed at the end of the run."""

from __future__ import annotations

import os
import signal
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest
from hypothesis import HealthCheck, settings

SCALE = float(os.environ.get("WATCHFLOOR_FUZZ_SCALE", "1"))
HANG_SECONDS = 20  # far beyond any input's time; only a loop that never ends reaches it
settings.register_profile(
    "watchfloor-fuzz",
    deadline=None,
    database=None,  # CI keeps nothing between runs; a failure prints the input to replay it
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
tried: Counter[str] = Counter()


def examples(count: int) -> settings:
    """Settings for a property test that tries `count` inputs (times WATCHFLOOR_FUZZ_SCALE)."""
    return settings(settings.get_profile("watchfloor-fuzz"), max_examples=max(1, int(count * SCALE)))


class Hang(Exception):
    """An input kept a parser busy past HANG_SECONDS."""


@contextmanager
def no_hang(what: str) -> Iterator[None]:
    """Fail (not block) when the body runs past HANG_SECONDS; `what` names the input in the error."""

    def alarm(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"{what}: still running after {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if tried:
        terminalreporter.section("fuzz: inputs tried per target")
        for target, count in sorted(tried.items()):
            terminalreporter.write_line(f"{target:<28} {count:>7,}")
        terminalreporter.write_line(f"{'total':<28} {sum(tried.values()):>7,}")
