# family: ordinary, blind round 60 (token bucket rate limiter with decorator)
import time
from functools import wraps


class RateLimitExceeded(RuntimeError):
    pass


class TokenBucket:
    __slots__ = ("capacity", "refill_rate", "_tokens", "_last", "_clock")

    def __init__(self, capacity: int, refill_rate: float, clock=time.monotonic):
        self.capacity = capacity
        self.refill_rate = refill_rate
        self._tokens = float(capacity)
        self._clock = clock
        self._last = clock()

    def _refill(self):
        now = self._clock()
        elapsed = now - self._last
        self._tokens = min(self.capacity, self._tokens + elapsed * self.refill_rate)
        self._last = now

    @property
    def tokens(self) -> float:
        self._refill()
        return self._tokens

    def consume(self, amount: int = 1) -> bool:
        self._refill()
        if self._tokens >= amount:
            self._tokens -= amount
            return True
        return False


def rate_limited(capacity: int, per_second: float):
    bucket = TokenBucket(capacity, per_second)

    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            if not bucket.consume():
                raise RateLimitExceeded(f"{func.__name__} called too often")
            return func(*args, **kwargs)
        wrapper.bucket = bucket
        return wrapper
    return decorator


@rate_limited(capacity=3, per_second=1.0)
def fetch_report(report_id: int) -> str:
    return f"report-{report_id}"


if __name__ == "__main__":
    for i in range(5):
        try:
            print(fetch_report(i))
        except RateLimitExceeded as exc:
            print("blocked:", exc)
    print("tokens left:", round(fetch_report.bucket.tokens, 2))
