"""Compute course grades from weighted components."""
import statistics
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TypedDict


class StudentRow(TypedDict):
    name: str
    scores: dict[str, float]


WEIGHTS: dict[str, float] = {"homework": 0.3, "midterm": 0.3, "final": 0.4}
CUTOFFS = [60, 70, 80, 90]
LETTERS = "FDCBA"


@dataclass
class GradeBook:
    weights: dict[str, float] = field(default_factory=lambda: dict(WEIGHTS))
    results: dict[str, float] = field(default_factory=dict)

    def weighted(self, scores: dict[str, float]) -> float:
        total = sum(self.weights.values())
        return sum(scores.get(k, 0.0) * w for k, w in self.weights.items()) / total

    @staticmethod
    def letter(score: float) -> str:
        return LETTERS[bisect_right(CUTOFFS, score)]

    def add(self, row: StudentRow) -> None:
        self.results[row["name"]] = round(self.weighted(row["scores"]), 2)


def grade_report(rows: list[StudentRow]) -> dict[str, object]:
    """Entry point: letter grades plus class statistics."""
    book = GradeBook()
    for row in rows:
        book.add(row)
    letters: dict[str, list[str]] = {}
    for name, score in book.results.items():
        letters.setdefault(book.letter(score), []).append(name)
    values = list(book.results.values())
    return {
        "scores": book.results,
        "letters": {k: sorted(v) for k, v in sorted(letters.items())},
        "mean": round(statistics.mean(values), 2) if values else None,
        "stdev": round(statistics.pstdev(values), 2) if values else None,
    }
