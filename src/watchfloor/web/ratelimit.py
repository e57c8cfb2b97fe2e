"""Failed sign-ins, limited per account and per address with a sliding window, in memory.

In memory is enough for one server process: a restart forgets the failures, which costs an
attacker a restart they cannot cause. The clock is a parameter, so tests move time themselves.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

ACCOUNT_FAILURES = 5  # per account name, whoever tries
ADDRESS_FAILURES = 20  # per client address, whichever accounts
WINDOW_SECONDS = 15 * 60


class SlidingWindow:
    """At most `limit` events per key in any `window` seconds."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, at: float) -> deque[float]:
        events = self._events.get(key)
        if events is None:
            return deque()
        while events and events[0] <= at - self.window:
            events.popleft()
        if not events:
            del self._events[key]
        return events

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may try again; 0 when it may now."""
        with self._lock:
            at = self.clock()
            events = self._recent(key, at)
            if len(events) < self.limit:
                return 0.0
            return max(events[0] + self.window - at, 1.0)

    def hit(self, key: str) -> None:
        with self._lock:
            at = self.clock()
            self._recent(key, at)
            self._events.setdefault(key, deque()).append(at)

    def clear(self, key: str) -> None:
        with self._lock:
            self._events.pop(key, None)


class SignInLimiter:
    """Failed sign-ins per account and per address; a success clears its account's failures."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        account_limit: int = ACCOUNT_FAILURES,
        address_limit: int = ADDRESS_FAILURES,
        window: float = WINDOW_SECONDS,
    ) -> None:
        self.accounts = SlidingWindow(account_limit, window, clock)
        self.addresses = SlidingWindow(address_limit, window, clock)

    def retry_after(self, account: str, address: str) -> float:
        """Seconds before this account or this address may try again (0: it may now)."""
        return max(self.accounts.retry_after(account.lower()), self.addresses.retry_after(address))

    def failed(self, account: str, address: str) -> None:
        self.accounts.hit(account.lower())
        self.addresses.hit(address)

    def succeeded(self, account: str) -> None:
        self.accounts.clear(account.lower())
