"""Runs the receiver under uvicorn, hardened against slow, half-sent and piled-up connections.

- A request's headers must arrive within `header_timeout` seconds of the connection opening (or of the
  last reply on a kept-alive one): otherwise 408 and close. uvicorn alone waits for
  ever, and the rate limiter never sees a request whose headers never end.
- At most `max_connections` are open (kept below the process's file limit) and `per_address` from one
  address (a trusted proxy excepted): beyond that, an immediate 503 in the Formspree shape, and close.
- A request line and headers over `max_header_bytes` get a 400 and close: they cannot fill memory within
  the header timeout.
- Warnings are logged once per client (or per kind) per minute, however many events there are.
The body's own time limit is the app's (`ReceiverConfig.body_timeout`)."""
from __future__ import annotations

import json
import logging
import resource
import time
from collections import Counter
from dataclasses import dataclass, field

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("signpost.receiver")
FILES_KEPT_FREE = 64  # for the database, the log, the listening socket and Python's own files


def _raw_reply(status: str, message: str, retry_after: int | None = None) -> bytes:
    body = json.dumps({"error": message, "errors": []}).encode()
    retry = f"Retry-After: {retry_after}\r\n" if retry_after else ""
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n{retry}"
            "Cache-Control: no-store\r\nConnection: close\r\n\r\n").encode() + body


BUSY = _raw_reply("503 Service Unavailable", "The form receiver is busy. Wait a minute and send the form again.", 30)
TOO_SLOW = _raw_reply("408 Request Timeout", "The request took too long to arrive. Send the form again.")


@dataclass
class Guard:
    header_timeout: float = 10.0
    max_connections: int = 1000
    per_address: int = 32
    max_header_bytes: int = 16 * 1024  # the request line and headers together; h11's default
    trusted_proxies: frozenset[str] = frozenset()
    open: Counter = field(default_factory=Counter)
    total: int = 0

    def admit(self, host: str) -> bool:
        if self.total >= self.max_connections:
            return False
        if host not in self.trusted_proxies and self.open[host] >= self.per_address:
            return False
        self.total += 1
        self.open[host] += 1
        return True

    def release(self, host: str) -> None:
        self.total -= 1
        self.open[host] -= 1
        if self.open[host] <= 0:
            del self.open[host]


class HeadersTooLarge(Exception):
    """Raised inside the parser's callbacks: httptools turns it into a parser error, so uvicorn answers 400
    and closes the connection."""


def guarded_protocol(guard: Guard) -> type[HttpToolsProtocol]:
    """uvicorn's httptools protocol (the C parser: about a third of h11's cost a request) with the guard's
    connection limits, header timeout and header size cap (uvicorn's httptools protocol has none of its own)."""

    class GuardedProtocol(HttpToolsProtocol):
        _admitted = False
        _header_timer = None
        _host = "-"
        _in_flight = 0  # requests whose headers are complete and whose reply is not
        _header_bytes = 0

        def connection_made(self, transport) -> None:
            peer = transport.get_extra_info("peername")
            self._host = str(peer[0]) if peer else "-"
            if not guard.admit(self._host):
                transport.write(BUSY)
                transport.close()
                log.warning("refused a connection from %s: too many open connections (limits %d in all, %d an address)",
                            self._host, guard.max_connections, guard.per_address, extra={"throttle": ("busy", self._host)})
                return
            self._admitted = True
            super().connection_made(transport)
            self._await_headers()

        def connection_lost(self, exc) -> None:
            if not self._admitted:
                return
            self._admitted = False
            guard.release(self._host)
            self._stop_timer()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._admitted:
                super().data_received(data)

        # the parser's callbacks
        def on_message_begin(self) -> None:
            self._header_bytes = 0
            super().on_message_begin()

        def on_url(self, url: bytes) -> None:
            self._count_header_bytes(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._count_header_bytes(len(name) + len(value) + 4)  # "name: value\r\n", so empty ones count too
            super().on_header(name, value)

        def on_headers_complete(self) -> None:
            self._in_flight += 1
            self._stop_timer()
            super().on_headers_complete()

        def on_response_complete(self) -> None:
            self._in_flight = max(0, self._in_flight - 1)
            super().on_response_complete()
            self._await_headers()

        def _count_header_bytes(self, count: int) -> None:
            self._header_bytes += count
            if self._header_bytes > guard.max_header_bytes:
                log.warning("closed a connection from %s: request headers over %d bytes", self._host,
                            guard.max_header_bytes, extra={"throttle": ("large", self._host)})
                raise HeadersTooLarge()

        # the header deadline
        def _await_headers(self) -> None:
            """A deadline from the first moment headers are awaited (the connection opened, or the last reply
            went out) until they are complete: it is not pushed back by each byte, so a client trickling
            one byte at a time is closed too."""
            if self._in_flight == 0 and self._header_timer is None and not self.transport.is_closing():
                self._header_timer = self.loop.call_later(guard.header_timeout, self._headers_too_slow)

        def _stop_timer(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_too_slow(self) -> None:
            self._header_timer = None
            if self._in_flight == 0 and not self.transport.is_closing():
                self.transport.write(TOO_SLOW)
                self.transport.close()
                log.warning("closed a connection from %s: no complete request headers within %g s",
                            self._host, guard.header_timeout, extra={"throttle": ("slow", self._host)})

    return GuardedProtocol


def connection_ceiling(wanted: int) -> int:
    """Raises the soft file limit to the hard one, and returns how many connections fit under it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    return max(1, min(wanted, soft - FILES_KEPT_FREE))


class LogThrottle(logging.Filter):
    """One line per key per window: a record's `throttle` attribute, or for any warning without one its
    logger and message template. The first line of a key in a new window says how many were left out."""

    def __init__(self, window: float = 60.0, max_keys: int = 10_000, clock=time.monotonic):
        super().__init__()
        self.window, self.max_keys, self.clock = window, max_keys, clock
        self.started = clock()
        self.current: dict[object, int] = {}
        self.previous: dict[object, int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = getattr(record, "throttle", None)
        if key is None:
            if record.levelno < logging.WARNING:
                return True
            key = (record.name, str(record.msg))
        now = self.clock()
        if now - self.started >= self.window:
            self.previous, self.current, self.started = self.current, {}, now
        if key in self.current:
            self.current[key] += 1
            return False
        if len(self.current) >= self.max_keys:
            return False
        self.current[key] = 0
        left_out = self.previous.pop(key, 0)
        if left_out:
            record.msg = f"{record.msg} ({left_out} more like this not logged in the minute before)"
        return True
