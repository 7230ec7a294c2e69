# family: ordinary, blind round 60 (retry decorator with backoff and exception filter)
import random
import time
from functools import wraps
from typing import Callable, Type


class RetryError(Exception):
    def __init__(self, attempts: int, last: BaseException):
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.attempts = attempts


def retry(times: int = 3, exceptions: tuple[Type[BaseException], ...] = (Exception,),
          base_delay: float = 0.01, backoff: float = 2.0, on_retry: Callable | None = None):
    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as err:
                    if attempt == times:
                        raise RetryError(attempt, err) from err
                    if on_retry:
                        on_retry(attempt, err)
                    time.sleep(delay)
                    delay *= backoff
        return wrapper
    return decorator


class FlakyService:
    def __init__(self, fail_rate: float, seed: int):
        self.rng = random.Random(seed)
        self.fail_rate = fail_rate
        self.calls = 0

    def query(self, key: str) -> str:
        self.calls += 1
        if self.rng.random() < self.fail_rate:
            raise ConnectionError(f"transient failure on call {self.calls}")
        return key.upper()


def log_retry(attempt, err):
    print(f"  attempt {attempt} failed: {err}")


if __name__ == "__main__":
    svc = FlakyService(fail_rate=0.6, seed=3)
    safe_query = retry(times=5, exceptions=(ConnectionError,), on_retry=log_retry)(svc.query)
    print("result:", safe_query("hello"), "| calls:", svc.calls)

    @retry(times=2, exceptions=(ValueError,))
    def always_bad():
        raise ValueError("nope")

    try:
        always_bad()
    except RetryError as e:
        print("error:", e, "| cause:", type(e.__cause__).__name__)
    print("wrapped name:", always_bad.__name__)
