from collections import Counter
from typing import Iterable


def histogram(values: Iterable[float], bins: int = 5, width: int = 30) -> str:
    """Draw a horizontal text histogram."""
    data = list(values)
    if not data:
        return "(no data)"
    if bins < 1:
        raise ValueError("bins must be positive")
    low, high = min(data), max(data)
    span = (high - low) or 1.0
    step = span / bins
    counts = Counter(min(int((v - low) / step), bins - 1) for v in data)
    peak = max(counts.values())
    lines = []
    for b in range(bins):
        start = low + b * step
        end = start + step
        bar = "#" * round(counts.get(b, 0) / peak * width)
        lines.append(f"{start:8.2f} - {end:8.2f} | {bar} {counts.get(b, 0)}")
    return "\n".join(lines)


def sparkline(values: list[float]) -> str:
    ticks = "▁▂▃▄▅▆▇█"
    if not values:
        return ""
    low, high = min(values), max(values)
    span = high - low or 1
    return "".join(ticks[int((v - low) / span * (len(ticks) - 1))] for v in values)
