"""Text histograms and binning of numeric data."""
import math
from bisect import bisect_right


def make_bins(values: list[float], bins: int = 10) -> list[float]:
    lo, hi = min(values), max(values)
    if lo == hi:
        hi = lo + 1
    width = (hi - lo) / bins
    return [lo + i * width for i in range(bins + 1)]


def histogram(values: list[float], bins: int = 10) -> list[tuple[float, float, int]]:
    edges = make_bins(values, bins)
    counts = [0] * bins
    for v in values:
        i = min(bisect_right(edges, v) - 1, bins - 1)
        counts[i] += 1
    return [(edges[i], edges[i + 1], counts[i]) for i in range(bins)]


def render(values: list[float], bins: int = 8, width: int = 40, char: str = "#") -> str:
    hist = histogram(values, bins)
    peak = max(c for *_, c in hist) or 1
    lines = []
    for lo, hi, count in hist:
        bar = char * math.ceil(count / peak * width) if count else ""
        lines.append(f"{lo:8.2f} - {hi:8.2f} | {bar} {count}")
    return "\n".join(lines)


if __name__ == "__main__":
    import random
    rng = random.Random(42)
    data = [rng.gauss(50, 12) for _ in range(500)]
    print(render(data))
