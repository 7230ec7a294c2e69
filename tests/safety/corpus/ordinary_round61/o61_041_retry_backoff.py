# family: ordinary, blind round 61 (retry with exponential backoff)
import random
import time
from dataclasses import dataclass, field
from functools import wraps
from typing import Callable, TypeVar

T = TypeVar("T")


class RetryExhausted(RuntimeError):
    def __init__(self, message: str, last_error: BaseException):
        super().__init__(message)
        self.last_error = last_error


class TransientError(Exception):
    pass


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.1
    factor: float = 2.0
    max_delay: float = 2.0
    jitter: float = 0.1
    retry_on: tuple[type[BaseException], ...] = (TransientError, TimeoutError)
    rng: random.Random = field(default_factory=lambda: random.Random(0))

    def delay(self, attempt: int) -> float:
        raw = min(self.base_delay * self.factor ** (attempt - 1), self.max_delay)
        return round(raw * (1 + self.rng.uniform(-self.jitter, self.jitter)), 4)


def retry(policy: RetryPolicy, label: str = "operation", sleep: Callable[[float], None] = time.sleep, log: list | None = None):
    def decorator(func: Callable[..., T]) -> Callable[..., T]:
        @wraps(func)
        def wrapper(*args, **kwargs) -> T:
            for attempt in range(1, policy.attempts + 1):
                try:
                    return func(*args, **kwargs)
                except policy.retry_on as err:
                    if attempt == policy.attempts:
                        raise RetryExhausted(f"{label} failed after {attempt} attempts", err) from err
                    wait = policy.delay(attempt)
                    if log is not None:
                        log.append({"attempt": attempt, "error": str(err), "wait": wait})
                    sleep(wait)
            raise AssertionError("unreachable")
        return wrapper
    return decorator


def call_with_retry(fail_times: int, attempts: int = 4) -> dict:
    """Demonstrate retrying a flaky operation that fails `fail_times` times before succeeding."""
    log: list[dict] = []
    calls = {"n": 0}

    @retry(RetryPolicy(attempts=attempts), label="flaky_fetch", sleep=lambda s: None, log=log)
    def flaky_fetch() -> str:
        calls["n"] += 1
        if calls["n"] <= fail_times:
            raise TransientError(f"temporary failure #{calls['n']}")
        return "payload"

    try:
        return {"ok": True, "result": flaky_fetch(), "calls": calls["n"], "retries": log}
    except RetryExhausted as exc:
        return {"ok": False, "error": str(exc), "cause": str(exc.last_error), "calls": calls["n"], "retries": log}


if __name__ == "__main__":
    print(call_with_retry(fail_times=2))
    print(call_with_retry(fail_times=9, attempts=3))
