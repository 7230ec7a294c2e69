# family: ordinary, blind round 59 (text histogram with automatic bin width)
import math
import random
import statistics
from typing import List, Sequence, Tuple


def freedman_diaconis_bins(data: Sequence[float]) -> int:
    q1, _, q3 = statistics.quantiles(data, n=4)
    iqr = q3 - q1
    if iqr == 0:
        return max(1, int(math.sqrt(len(data))))
    width = 2 * iqr / len(data) ** (1 / 3)
    return max(1, math.ceil((max(data) - min(data)) / width))


def histogram(data: Sequence[float], bins: int = 0) -> List[Tuple[float, float, int]]:
    if not data:
        return []
    bins = bins or freedman_diaconis_bins(data)
    lo, hi = min(data), max(data)
    width = (hi - lo) / bins or 1.0
    counts = [0] * bins
    for x in data:
        idx = min(int((x - lo) / width), bins - 1)
        counts[idx] += 1
    return [(lo + i * width, lo + (i + 1) * width, c) for i, c in enumerate(counts)]


def render_histogram(data: Sequence[float], bins: int = 0, bar_width: int = 40) -> str:
    rows = histogram(data, bins)
    peak = max((c for _, _, c in rows), default=1)
    lines = []
    for start, end, count in rows:
        bar = "█" * round(bar_width * count / peak)
        lines.append(f"[{start:7.2f}, {end:7.2f}) {count:4d} {bar}")
    return "\n".join(lines)


if __name__ == "__main__":
    rng = random.Random(2024)
    sample = [rng.gauss(50, 12) for _ in range(500)] + [rng.uniform(90, 110) for _ in range(40)]
    print(f"n={len(sample)} mean={statistics.fmean(sample):.2f} sd={statistics.stdev(sample):.2f}")
    print(render_histogram(sample))
