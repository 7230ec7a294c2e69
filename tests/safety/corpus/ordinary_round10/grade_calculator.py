"""Compute weighted course grades and letter grades using bisect."""

from bisect import bisect_right
from typing import TypedDict

CUTOFFS = [60, 63, 67, 70, 73, 77, 80, 83, 87, 90, 93, 97]
LETTERS = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"]


class StudentResult(TypedDict):
    name: str
    score: float
    letter: str


def letter_grade(score: float) -> str:
    return LETTERS[bisect_right(CUTOFFS, score)]


def weighted_score(scores: dict[str, float], weights: dict[str, float]) -> float:
    total_weight = sum(weights.values())
    if total_weight <= 0:
        raise ValueError("weights must sum to a positive number")
    return sum(scores.get(part, 0.0) * w for part, w in weights.items()) / total_weight


def grade_class(students: dict[str, dict[str, float]], weights: dict[str, float]) -> list[StudentResult]:
    results: list[StudentResult] = []
    for name, scores in students.items():
        s = round(weighted_score(scores, weights), 1)
        results.append({"name": name, "score": s, "letter": letter_grade(s)})
    return sorted(results, key=lambda r: r["score"], reverse=True)


if __name__ == "__main__":
    weights = {"homework": 0.3, "midterm": 0.3, "final": 0.4}
    students = {
        "amy": {"homework": 95, "midterm": 88, "final": 91},
        "bob": {"homework": 70, "midterm": 65, "final": 72},
        "cy": {"homework": 100, "midterm": 59},
    }
    for r in grade_class(students, weights):
        print(r)
