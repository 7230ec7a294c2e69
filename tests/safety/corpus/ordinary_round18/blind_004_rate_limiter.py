"""Token-bucket rate limiter that can also be used as a decorator."""
from __future__ import annotations

import functools
import time
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class RateLimitExceeded(RuntimeError):
    pass


class TokenBucket:
    def __init__(self, rate: float, capacity: int, clock: Callable[[], float] = time.monotonic):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = float(capacity)
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def try_acquire(self, tokens: int = 1) -> bool:
        self._refill()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    @property
    def available(self) -> float:
        self._refill()
        return round(self._tokens, 3)

    def __call__(self, func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not self.try_acquire():
                raise RateLimitExceeded(f"{func.__name__} rate limited")
            return func(*args, **kwargs)
        return wrapper  # type: ignore[return-value]


def simulate(requests_at: list[float], rate: float, capacity: int) -> list[bool]:
    """Return which requests (timestamps in seconds) would be allowed."""
    now = [requests_at[0] if requests_at else 0.0]
    bucket = TokenBucket(rate, capacity, clock=lambda: now[0])
    results = []
    for t in requests_at:
        now[0] = t
        results.append(bucket.try_acquire())
    return results


if __name__ == "__main__":
    print(simulate([0, 0.1, 0.2, 0.3, 1.5, 1.6], rate=1, capacity=3))
    limiter = TokenBucket(rate=0.001, capacity=2)

    @limiter
    def greet(name: str) -> str:
        return f"hello {name}"

    calls = []
    for n in ("a", "b", "c"):
        try:
            calls.append(greet(n))
        except RateLimitExceeded as exc:
            calls.append(str(exc))
    print(calls, greet.__name__)
