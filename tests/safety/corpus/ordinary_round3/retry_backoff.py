# ordinary: retry decorator with exponential backoff and jitter
import functools
import random
import time


def retry(times=3, exceptions=(Exception,), base_delay=0.01, max_delay=1.0, jitter=0.1, sleep=time.sleep):
    """Retry the decorated function on the given exceptions, doubling the delay each time."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == times:
                        raise
                    wait = min(max_delay, delay) * (1 + random.uniform(-jitter, jitter))
                    print(f"{func.__name__}: attempt {attempt} failed ({type(exc).__name__}: {exc}); "
                          f"retrying in {wait:.3f}s")
                    sleep(wait)
                    delay *= 2
            return None

        wrapper.max_attempts = times
        return wrapper

    return decorator


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError("temporary glitch")
        return "ok"


if __name__ == "__main__":
    flaky = Flaky(failures=2)

    @retry(times=4, exceptions=(ConnectionError,))
    def fetch():
        """Pretend to fetch something."""
        return flaky()

    print(fetch(), "after", flaky.calls, "calls;", fetch.__name__, fetch.__doc__, fetch.max_attempts)

    @retry(times=2, exceptions=(ValueError,))
    def always_bad():
        raise ValueError("nope")

    try:
        always_bad()
    except ValueError as exc:
        print("gave up:", exc)
