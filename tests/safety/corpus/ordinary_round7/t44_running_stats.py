# ordinary: streaming statistics with a generator coroutine and a Counter subclass
import math
from collections import Counter
from typing import Generator, Optional


class Histogram(Counter):
    def __missing__(self, key):
        return 0

    def render(self, width: int = 20) -> list[str]:
        peak = max(self.values(), default=1)
        return [f"{k:>6} | {'#' * round(v / peak * width):<{width}} {v}" for k, v in sorted(self.items())]


def running_mean() -> Generator[float, Optional[float], None]:
    n, mean, m2 = 0, 0.0, 0.0
    value = yield 0.0
    while value is not None:
        n += 1
        delta = value - mean
        mean += delta / n
        m2 += delta * (value - mean)
        value = yield mean
    return None


def stream_stats(values: list[float], bucket: float = 10.0) -> dict:
    """Welford running mean, final std-dev and a bucketed histogram."""
    gen = running_mean()
    next(gen)
    means = [round(gen.send(v), 3) for v in values]
    gen.close()
    n = len(values)
    mu = sum(values) / n if n else 0.0
    sd = math.sqrt(sum((v - mu) ** 2 for v in values) / (n - 1)) if n > 1 else 0.0
    hist = Histogram(int(v // bucket * bucket) for v in values)
    return {"running_means": means, "std_dev": round(sd, 4), "histogram": hist.render(), "empty_bucket": hist[-999]}


if __name__ == "__main__":
    print(stream_stats([12, 15, 22, 8, 31, 19, 25]))
