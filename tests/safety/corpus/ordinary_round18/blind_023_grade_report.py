"""Compute student grade statistics and letter grades from raw scores."""
from __future__ import annotations

import bisect
import statistics
from collections import Counter
from typing import NamedTuple, TypedDict


class StudentRecord(TypedDict):
    name: str
    scores: list[float]


class Summary(NamedTuple):
    name: str
    average: float
    letter: str
    percentile: float


BREAKPOINTS = [60, 70, 80, 90]
LETTERS = "FDCBA"


def letter_grade(score: float) -> str:
    return LETTERS[bisect.bisect(BREAKPOINTS, score)]


def percentile_rank(values: list[float], value: float) -> float:
    ordered = sorted(values)
    return 100.0 * bisect.bisect_right(ordered, value) / len(ordered)


def grade_report(records: list[StudentRecord], drop_lowest: bool = True) -> list[Summary]:
    averages = {}
    for rec in records:
        scores = sorted(rec["scores"])
        if drop_lowest and len(scores) > 2:
            scores = scores[1:]
        averages[rec["name"]] = statistics.fmean(scores)
    all_avgs = list(averages.values())
    return sorted(
        (Summary(n, round(a, 1), letter_grade(a), percentile_rank(all_avgs, a)) for n, a in averages.items()),
        key=lambda s: (-s.average, s.name),
    )


def distribution(summaries: list[Summary]) -> str:
    counts = Counter(s.letter for s in summaries)
    return "\n".join(f"{L}: {'#' * counts.get(L, 0)} ({counts.get(L, 0)})" for L in reversed(LETTERS))


if __name__ == "__main__":
    students: list[StudentRecord] = [
        {"name": "Ana", "scores": [88, 92, 79, 95]},
        {"name": "Ben", "scores": [55, 62, 70]},
        {"name": "Chen", "scores": [91, 97, 99]},
        {"name": "Dee", "scores": [72, 40, 81, 78]},
        {"name": "Eli", "scores": [65, 59]},
    ]
    report = grade_report(students)
    for s in report:
        print(f"{s.name:<6}{s.average:>6.1f}  {s.letter}  p{s.percentile:.0f}")
    print(distribution(report))
