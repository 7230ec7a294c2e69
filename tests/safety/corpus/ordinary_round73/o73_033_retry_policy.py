# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Retry helper with exponential backoff schedule (no sleeping)."""
import random
from dataclasses import dataclass, field, KW_ONLY
from typing import Callable, Generic, Optional, TypeVar

T = TypeVar("T")


class RetryExhausted(Exception):
    def __init__(self, attempts: int, last: BaseException) -> None:
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.attempts = attempts
        self.last = last


@dataclass(frozen=True)
class Backoff:
    base: float = 0.5
    _: KW_ONLY
    factor: float = 2.0
    max_delay: float = 30.0
    jitter: float = 0.1

    def delays(self, attempts: int, rng: random.Random) -> list[float]:
        out = []
        for i in range(attempts):
            d = min(self.max_delay, self.base * self.factor ** i)
            out.append(round(d * (1 + rng.uniform(-self.jitter, self.jitter)), 3))
        return out


@dataclass
class Outcome(Generic[T]):
    value: Optional[T]
    attempts: int
    waited: float
    errors: list[str] = field(default_factory=list)


def retry(fn: Callable[[], T], *, attempts: int = 4, backoff: Backoff = Backoff(),
          retry_on: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError),
          seed: int = 0) -> Outcome[T]:
    schedule = backoff.delays(attempts - 1, random.Random(seed))
    errors: list[str] = []
    waited = 0.0
    for i in range(attempts):
        try:
            return Outcome(fn(), i + 1, round(waited, 3), errors)
        except retry_on as exc:
            errors.append(str(exc))
            if i == attempts - 1:
                raise RetryExhausted(attempts, exc) from exc
            waited += schedule[i]
    raise AssertionError("unreachable")


if __name__ == "__main__":
    calls = {"n": 0}

    def flaky() -> str:
        calls["n"] += 1
        if calls["n"] < 3:
            raise ConnectionError("reset by peer")
        return "ok"

    print(retry(flaky))
    def always_slow() -> str:
        raise TimeoutError("slow")

    try:
        retry(always_slow, attempts=3)
    except RetryExhausted as e:
        print(e)
