"""Summarise structured application log events described with TypedDict."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Literal, NotRequired, TypedDict

Level = Literal["DEBUG", "INFO", "WARNING", "ERROR"]


class LogEvent(TypedDict):
    ts: float
    level: Level
    service: str
    message: str
    duration_ms: NotRequired[float]


class Summary(TypedDict):
    by_level: dict[str, int]
    error_services: list[str]
    slowest: list[tuple[str, float]]
    avg_duration_ms: dict[str, float]


def summarize_logs(events: list[LogEvent], top: int = 3) -> Summary:
    by_level = Counter(e["level"] for e in events)
    errors = sorted({e["service"] for e in events if e["level"] == "ERROR"})
    durations: defaultdict[str, list[float]] = defaultdict(list)
    timed = []
    for e in events:
        if "duration_ms" in e:
            durations[e["service"]].append(e["duration_ms"])
            timed.append((e["message"], e["duration_ms"]))
    timed.sort(key=lambda pair: pair[1], reverse=True)
    return {
        "by_level": dict(by_level),
        "error_services": errors,
        "slowest": timed[:top],
        "avg_duration_ms": {s: round(sum(v) / len(v), 2) for s, v in durations.items()},
    }


def filter_level(events: list[LogEvent], minimum: Level) -> list[LogEvent]:
    order: list[Level] = ["DEBUG", "INFO", "WARNING", "ERROR"]
    threshold = order.index(minimum)
    return [e for e in events if order.index(e["level"]) >= threshold]


if __name__ == "__main__":
    sample: list[LogEvent] = [
        {"ts": 1.0, "level": "INFO", "service": "api", "message": "GET /", "duration_ms": 12.5},
        {"ts": 2.0, "level": "ERROR", "service": "db", "message": "timeout", "duration_ms": 3000},
        {"ts": 3.0, "level": "DEBUG", "service": "api", "message": "cache miss"},
        {"ts": 4.0, "level": "WARNING", "service": "api", "message": "slow GET /x", "duration_ms": 850},
    ]
    print(summarize_logs(sample))
    print(len(filter_level(sample, "WARNING")))
