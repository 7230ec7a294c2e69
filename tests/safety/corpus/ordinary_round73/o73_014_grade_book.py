# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Grade book with typed records, statistics and letter grades."""
from __future__ import annotations

import statistics
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

Scores = dict[str, float]

_CUTOFFS = [60, 70, 80, 90]
_LETTERS = "FDCBA"


def letter(score: float) -> str:
    return _LETTERS[bisect_right(_CUTOFFS, score)]


@dataclass
class Student:
    name: str
    scores: Scores = field(default_factory=dict)

    def __post_init__(self) -> None:
        for subject, s in self.scores.items():
            if not 0 <= s <= 100:
                raise ValueError(f"{self.name}: score for {subject} out of range")

    @cached_property
    def average(self) -> float:
        return statistics.fmean(self.scores.values()) if self.scores else 0.0

    @property
    def grade(self) -> str:
        return letter(self.average)


@dataclass
class GradeBook:
    students: list[Student] = field(default_factory=list)

    def add(self, name: str, **scores: float) -> Student:
        student = Student(name, dict(scores))
        self.students.append(student)
        return student

    def ranking(self) -> list[Student]:
        return sorted(self.students, key=lambda s: (-s.average, s.name))

    def subject_summary(self, subject: str) -> dict[str, float]:
        vals = [s.scores[subject] for s in self.students if subject in s.scores]
        return {
            "mean": round(statistics.mean(vals), 2),
            "median": statistics.median(vals),
            "stdev": round(statistics.pstdev(vals), 2),
        }


if __name__ == "__main__":
    gb = GradeBook()
    gb.add("Ana", math=95, physics=88, history=72)
    gb.add("Ben", math=61, physics=70, history=90)
    gb.add("Cai", math=78, physics=82)
    for s in gb.ranking():
        print(f"{s.name:<4} {s.average:6.2f} {s.grade}")
    print(gb.subject_summary("math"))
    try:
        gb.add("Dee", math=120)
    except ValueError as e:
        print(e)
