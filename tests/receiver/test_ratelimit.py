from signpost.receiver.ratelimit import Limit, RateLimiter


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_posts_over_the_limit_wait_until_the_window_ends_and_keys_are_separate():
    clock = Clock()
    limiter = RateLimiter(Limit(2, 60), clock)
    assert [limiter.hit("a"), limiter.hit("a")] == [0, 0]
    clock.now += 15
    assert limiter.hit("a") == 45  # seconds to wait: the Retry-After
    assert limiter.hit("b") == 0
    clock.now += 45
    assert limiter.hit("a") == 0


def test_a_limit_is_written_as_count_per_seconds():
    assert Limit.parse("10/60") == Limit(10, 60.0)
