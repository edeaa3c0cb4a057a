"""Rate limits in memory, on the `limits` library's fixed windows: at most `count` posts a `seconds`
window for each key.

Memory stays bounded: keys are short (`address_key` gives an IP address or an IPv6 /64, never header
text), expired keys are freed within a second of their window's end, and past `max_keys` live keys a new key is refused
until old ones expire. Each hit is O(1)."""
from __future__ import annotations

import ipaddress
import math
import threading
import time
import weakref
from dataclasses import dataclass

from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import FixedWindowRateLimiter

# About 320 bytes a key in the library's tables (a counter, an expiry, a lock): about 7 MB at most. A
# minute of 20,000 different addresses is far beyond a referral form's traffic; past it, during an attack
# from many addresses, a new address waits for the window to end.
MAX_KEYS = 20_000
CLEAN_EVERY = 1.0  # seconds between sweeps of expired keys


class _Storage(MemoryStorage):
    """The library's in-memory storage, sweeping expired keys from one long-lived thread: the library's own
    way starts a new timer thread whenever the last has finished, which is about once a post under load."""

    def __init__(self):
        super().__init__()
        threading.Thread(target=_sweep, args=(weakref.ref(self),), name="rate-limit sweeper", daemon=True).start()

    def _MemoryStorage__schedule_expiry(self) -> None:  # replaces the library's per-call timer
        pass


def _sweep(storage: weakref.ref) -> None:
    while True:
        time.sleep(CLEAN_EVERY)
        alive = storage()
        if alive is None:
            return
        alive._MemoryStorage__expire_events()
        del alive


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: float

    @classmethod
    def parse(cls, text: str) -> "Limit":
        """'10/60' is 10 posts a minute. Raises ValueError for anything else."""
        count, _, seconds = text.partition("/")
        limit = cls(int(count), float(seconds or 60))
        if limit.count < 1 or limit.seconds < 1:
            raise ValueError(f"expected COUNT/SECONDS with both at least 1, found {text!r}")
        return limit


class RateLimiter:
    def __init__(self, limit: Limit, max_keys: int = MAX_KEYS):
        self.limit = limit
        self.max_keys = max_keys
        self._item = RateLimitItemPerSecond(limit.count, math.ceil(limit.seconds))
        self._storage = _Storage()
        self._windows = FixedWindowRateLimiter(self._storage)

    @property
    def keys(self) -> int:
        """How many keys are held now (expired ones are freed by the library's timer)."""
        return len(self._storage.expirations)

    def hit(self, key: str) -> int:
        """Counts a post; returns 0 when allowed, or the seconds to wait (for Retry-After) when not."""
        if self.keys >= self.max_keys and self._windows.test(self._item, key, cost=self.limit.count):
            return math.ceil(self.limit.seconds)  # full: new keys wait until old windows end
        if self._windows.hit(self._item, key):
            return 0
        reset = self._windows.get_window_stats(self._item, key).reset_time
        return max(1, math.ceil(reset - time.time()))


def address_key(host: str | None) -> str:
    """The rate-limit key of a client address: the IPv4 address, or the /64 network of an IPv6 one (one
    household's router hands out a whole /64). Anything that is not an IP address shares one key."""
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return "not-an-address"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)
