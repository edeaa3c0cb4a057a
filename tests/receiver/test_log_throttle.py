"""Warnings cannot flood the receiver's log: one line per key per minute, and the next minute's first line
says how many were left out."""
import logging

from signpost.receiver.server import LogThrottle


class Clock:
    now = 0.0

    def __call__(self):
        return self.now


def record(message: str, throttle=None, level=logging.WARNING) -> logging.LogRecord:
    made = logging.LogRecord("uvicorn.error", level, __file__, 1, message, (), None)
    if throttle is not None:
        made.throttle = throttle
    return made


def test_one_line_per_client_per_window_then_a_count_of_those_left_out():
    clock = Clock()
    throttle = LogThrottle(window=60, clock=clock)
    assert [throttle.filter(record("refused", ("busy", "192.0.2.1"))) for _ in range(1000)].count(True) == 1
    assert throttle.filter(record("refused", ("busy", "192.0.2.2")))  # another client: its own line
    assert [throttle.filter(record("Invalid HTTP request received.")) for _ in range(50)].count(True) == 1
    assert throttle.filter(record("stored", level=logging.INFO))  # ordinary lines pass untouched
    clock.now = 61
    again = record("refused", ("busy", "192.0.2.1"))
    assert throttle.filter(again) and "999 more like this" in again.getMessage()


def test_the_throttles_memory_is_bounded():
    throttle = LogThrottle(window=60, max_keys=100, clock=Clock())
    allowed = [throttle.filter(record("refused", ("busy", f"198.51.100.{n}"))) for n in range(300)]
    assert allowed.count(True) == 100 and len(throttle.current) == 100
