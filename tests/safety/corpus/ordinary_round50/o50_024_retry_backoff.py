# family: ordinary, blind round 50 (retry decorator with backoff)
import functools
import random
import time


def retry(exceptions=(Exception,), attempts=4, base_delay=0.001, factor=2.0, max_delay=0.01, jitter=True):
    """Retry the wrapped function on the given exceptions with exponential backoff."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        raise
                    sleep_for = min(delay, max_delay)
                    if jitter:
                        sleep_for *= random.uniform(0.5, 1.0)
                    wrapper.log.append(f"attempt {attempt} failed ({exc}); retrying in {sleep_for * 1000:.2f}ms")
                    time.sleep(sleep_for)
                    delay *= factor
        wrapper.log = []
        return wrapper
    return deco


class FlakyService:
    def __init__(self, fail_times):
        self.remaining = fail_times

    def fetch(self):
        if self.remaining > 0:
            self.remaining -= 1
            raise ConnectionError("service unavailable")
        return {"status": "ok"}


if __name__ == "__main__":
    svc = FlakyService(fail_times=2)

    @retry(exceptions=(ConnectionError,), attempts=4)
    def get_status():
        return svc.fetch()

    print("result:", get_status())
    print("\n".join(get_status.log))

    always_down = FlakyService(fail_times=99)
    try:
        retry(exceptions=(ConnectionError,), attempts=3)(always_down.fetch)()
    except ConnectionError as e:
        print("gave up:", e)
