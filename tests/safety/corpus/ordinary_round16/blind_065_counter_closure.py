"""Closures with nonlocal state: counters, rate limiters and accumulators."""
import time


def make_counter(start: int = 0, step: int = 1):
    count = start

    def counter() -> int:
        nonlocal count
        count += step
        return count

    def reset() -> None:
        nonlocal count
        count = start

    counter.reset = reset
    return counter


def make_rate_limiter(max_calls: int, per_seconds: float, clock=time.monotonic):
    window_start = clock()
    calls = 0

    def allow() -> bool:
        nonlocal window_start, calls
        now = clock()
        if now - window_start >= per_seconds:
            window_start, calls = now, 0
        if calls < max_calls:
            calls += 1
            return True
        return False

    return allow


def make_averager():
    total = 0.0
    n = 0

    def add(value: float) -> float:
        nonlocal total, n
        total += value
        n += 1
        return total / n

    return add


if __name__ == "__main__":
    c = make_counter(10, 5)
    print(c(), c(), c())
    c.reset()
    print(c())
    fake_now = [0.0]
    allow = make_rate_limiter(2, 1.0, clock=lambda: fake_now[0])
    results = []
    for t in (0.0, 0.1, 0.2, 1.1, 1.2, 1.3):
        fake_now[0] = t
        results.append(allow())
    print(results)
    avg = make_averager()
    print([round(avg(v), 2) for v in (10, 11, 12, 20)])
