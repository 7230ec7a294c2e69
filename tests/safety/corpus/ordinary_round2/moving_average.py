# ordinary: simple and exponential moving averages as streaming generators using deque
from collections import deque
from typing import Iterable, Iterator, Optional


def simple_moving_average(values: Iterable[float], window: int) -> Iterator[Optional[float]]:
    """Yield the mean of the last `window` values (None until the window fills)."""
    if window <= 0:
        raise ValueError("window must be positive")
    buf: deque[float] = deque(maxlen=window)
    running = 0.0
    for v in values:
        if len(buf) == window:
            running -= buf[0]
        buf.append(v)
        running += v
        yield running / window if len(buf) == window else None


def exponential_moving_average(values: Iterable[float], alpha: float = 0.3) -> Iterator[float]:
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    ema = None
    for v in values:
        ema = v if ema is None else alpha * v + (1 - alpha) * ema
        yield ema


def crossovers(values: list[float], fast: int = 3, slow: int = 5) -> list[tuple[int, str]]:
    f = list(simple_moving_average(values, fast))
    s = list(simple_moving_average(values, slow))
    signals = []
    for i in range(1, len(values)):
        if None in (f[i], s[i], f[i - 1], s[i - 1]):
            continue
        if f[i - 1] <= s[i - 1] and f[i] > s[i]:
            signals.append((i, "buy"))
        elif f[i - 1] >= s[i - 1] and f[i] < s[i]:
            signals.append((i, "sell"))
    return signals


if __name__ == "__main__":
    prices = [10, 11, 12, 11, 10, 9, 8, 9, 11, 13, 14, 13, 12, 10]
    sma = simple_moving_average(prices, 3)
    ema = exponential_moving_average(prices, 0.5)
    for p, a, b in zip(prices, sma, ema):
        print(f"{p:>4} {'' if a is None else f'{a:6.2f}':>6} {b:6.2f}")
    print(crossovers(prices))
