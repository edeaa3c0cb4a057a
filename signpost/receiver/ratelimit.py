"""Fixed-window rate limits, in memory: at most `count` posts a `seconds` window for each key."""
from __future__ import annotations

import math
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: float

    @classmethod
    def parse(cls, text: str) -> "Limit":
        """'10/60' is 10 posts a minute."""
        count, _, seconds = text.partition("/")
        return cls(int(count), float(seconds or 60))


class RateLimiter:
    MAX_KEYS = 100_000  # beyond this, expired windows are dropped, so memory stays bounded

    def __init__(self, limit: Limit, clock=time.monotonic):
        self.limit = limit
        self.clock = clock
        self._windows: dict[str, tuple[float, int]] = {}

    def hit(self, key: str) -> int:
        """Counts a post; returns 0 when allowed, or the seconds to wait (for Retry-After) when not."""
        now = self.clock()
        start, count = self._windows.get(key, (now, 0))
        if now - start >= self.limit.seconds:
            start, count = now, 0
        if count >= self.limit.count:
            return max(1, math.ceil(start + self.limit.seconds - now))
        if len(self._windows) >= self.MAX_KEYS:
            self._windows = {k: v for k, v in self._windows.items() if now - v[0] < self.limit.seconds}
        self._windows[key] = (start, count + 1)
        return 0
