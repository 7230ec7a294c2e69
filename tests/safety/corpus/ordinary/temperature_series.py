import statistics
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Reading:
    hour: int
    celsius: float

    def __post_init__(self) -> None:
        if not 0 <= self.hour < 24:
            raise ValueError("hour must be 0-23")
        object.__setattr__(self, "celsius", round(self.celsius, 1))


def moving_average(values: Sequence[float], window: int) -> list[float]:
    if window <= 0:
        raise ValueError("window must be positive")
    out = []
    total = 0.0
    for i, value in enumerate(values):
        total += value
        if i >= window:
            total -= values[i - window]
        if i >= window - 1:
            out.append(round(total / window, 2))
    return out


def daily_summary(readings: list[dict]) -> dict:
    parsed = sorted((Reading(r["hour"], r["celsius"]) for r in readings), key=lambda r: r.hour)
    temps = [r.celsius for r in parsed]
    if not temps:
        return {"count": 0}
    warmest = max(parsed, key=lambda r: r.celsius)
    return {
        "count": len(temps),
        "mean": round(statistics.fmean(temps), 2),
        "stdev": round(statistics.pstdev(temps), 2),
        "warmest_hour": warmest.hour,
        "smoothed": moving_average(temps, min(3, len(temps))),
    }
