# family: ordinary, blind round 59 (retry decorator with exponential backoff, simulated clock)
import functools
import random
from typing import Callable, Tuple, Type, TypeVar

T = TypeVar("T")


class RetryExhausted(Exception):
    def __init__(self, attempts: int, last: BaseException):
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.last = last


def retry(attempts: int = 3, base_delay: float = 0.1, factor: float = 2.0,
          exceptions: Tuple[Type[BaseException], ...] = (Exception,),
          sleep: Callable[[float], None] = lambda s: None):
    def decorator(func: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(func)
        def wrapper(*args, **kwargs) -> T:
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    wrapper.delays.append(round(delay, 3))
                    if attempt == attempts:
                        raise RetryExhausted(attempts, exc) from exc
                    sleep(delay)
                    delay *= factor
            raise AssertionError("unreachable")
        wrapper.delays = []
        return wrapper
    return decorator


rng = random.Random(7)


@retry(attempts=5, base_delay=0.05, exceptions=(ConnectionError,))
def flaky_lookup(key: str) -> str:
    """Pretend network lookup that fails about 60% of the time."""
    if rng.random() < 0.6:
        raise ConnectionError("temporary failure")
    return key.upper()


@retry(attempts=3)
def always_fails() -> None:
    raise TimeoutError("upstream timeout")


if __name__ == "__main__":
    print(flaky_lookup.__name__, "-", flaky_lookup.__doc__)
    for k in ["alpha", "beta", "gamma"]:
        try:
            print(k, "->", flaky_lookup(k))
        except RetryExhausted as exc:
            print(k, "->", exc)
    print("backoff delays used:", flaky_lookup.delays)
    try:
        always_fails()
    except RetryExhausted as exc:
        print(exc, "| cause:", type(exc.__cause__).__name__)
