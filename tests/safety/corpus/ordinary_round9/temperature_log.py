"""Analyse temperature readings with statistics and isinstance dispatch."""
import statistics
from datetime import datetime
from typing import Any, Iterable, Union

Reading = Union[float, int, str, dict[str, Any], tuple]


def to_celsius(value: Reading) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.strip().upper()
        if text.endswith("F"):
            return (float(text[:-1]) - 32) * 5 / 9
        return float(text.rstrip("C"))
    if isinstance(value, dict):
        return to_celsius(value.get("celsius", value.get("value")))
    if isinstance(value, tuple) and len(value) == 2:
        return to_celsius(value[1])
    return None


def rolling_mean(values: Iterable[float], window: int) -> list[float]:
    buf: list[float] = []
    out: list[float] = []
    for v in values:
        buf.append(v)
        if len(buf) > window:
            buf.pop(0)
        out.append(round(sum(buf) / len(buf), 2))
    return out


def analyse_readings(readings: list[Reading], window: int = 3) -> dict[str, Any]:
    """Entry point: normalise readings to C and summarise them."""
    temps: list[float] = []
    skipped = 0
    for r in readings:
        c = to_celsius(r)
        if c is None:
            skipped += 1
        else:
            temps.append(round(c, 2))
    if not temps:
        return {"count": 0, "skipped": skipped}
    return {
        "count": len(temps), "skipped": skipped,
        "min": min(temps), "max": max(temps),
        "mean": round(statistics.mean(temps), 2),
        "rolling": rolling_mean(temps, window),
        "generated": datetime(2024, 1, 1).strftime("%Y-%m-%d"),
    }
