"""Rate limits: separate keys, a Retry-After, bounded memory, expired keys freed, keys that are IP
addresses and never header text."""
import time

import pytest

from signpost.receiver.ratelimit import Limit, RateLimiter, address_key


def test_posts_over_the_limit_wait_for_the_window_and_keys_are_separate():
    limiter = RateLimiter(Limit(2, 60))
    assert [limiter.hit("a"), limiter.hit("a")] == [0, 0]
    assert 1 <= limiter.hit("a") <= 60  # seconds to wait: the Retry-After
    assert limiter.hit("b") == 0


def test_a_window_ends_and_its_key_is_freed():
    limiter = RateLimiter(Limit(1, 1))
    for number in range(500):
        limiter.hit(f"198.51.100.{number % 250}/{number}")
    assert limiter.keys == 500
    time.sleep(2.1)  # the one-second windows end (fixed windows align to whole seconds)
    assert limiter.hit("198.51.100.1/0") == 0  # allowed again
    for _ in range(50):  # the sweeper runs every second; bounded wait
        if limiter.keys == 1:
            break
        time.sleep(0.1)
    assert limiter.keys == 1


def test_memory_is_bounded_new_keys_wait_while_the_table_is_full_and_known_keys_carry_on():
    limiter = RateLimiter(Limit(5, 60), max_keys=100)
    assert all(limiter.hit(f"key-{number}") == 0 for number in range(100))
    assert limiter.hit("one-too-many") == 60
    assert limiter.keys == 100
    assert limiter.hit("key-7") == 0


def test_keys_are_addresses_never_arbitrary_text():
    assert address_key("203.0.113.9") == "203.0.113.9"
    assert address_key("::ffff:203.0.113.9") == "203.0.113.9"
    assert address_key("2001:db8:1:2:3:4:5:6") == address_key("2001:db8:1:2:ffff::1") == "2001:db8:1:2::/64"
    assert address_key("x" * 15_000) == address_key("evil, 1.2.3.4") == address_key(None) == "not-an-address"


def test_a_limit_is_written_as_count_per_seconds():
    assert Limit.parse("10/60") == Limit(10, 60.0)
    with pytest.raises(ValueError):
        Limit.parse("0/60")
