# ordinary: letter grades, ranks and percentiles for a list of scores
import bisect
import statistics
from dataclasses import dataclass, field
from functools import total_ordering
from itertools import groupby
from operator import attrgetter

CUTOFFS = [60, 70, 80, 90]
LETTERS = "FDCBA"


@total_ordering
@dataclass
class Student:
    name: str
    score: float
    letter: str = field(init=False)

    def __post_init__(self) -> None:
        self.letter = LETTERS[bisect.bisect_right(CUTOFFS, self.score)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Student) and self.score == other.score

    def __lt__(self, other: "Student") -> bool:
        return self.score < other.score

    def __hash__(self) -> int:
        return hash((self.name, self.score))


def grade_book(scores: dict[str, float]) -> dict:
    """Assign letters, ranks (ties share a rank) and class statistics."""
    students = sorted((Student(n, s) for n, s in scores.items()), reverse=True)
    ranks, rank = {}, 0
    for i, (score, group) in enumerate(groupby(students, key=attrgetter("score"))):
        members = list(group)
        rank = rank + 1 if i == 0 else rank + prev_size
        prev_size = len(members)
        ranks.update({m.name: rank for m in members})
    values = [s.score for s in students]
    return {
        "students": [{"name": s.name, "score": s.score, "letter": s.letter, "rank": ranks[s.name]} for s in students],
        "distribution": {k: len(list(g)) for k, g in groupby(sorted(s.letter for s in students))},
        "mean": round(statistics.mean(values), 2) if values else None,
        "quartiles": statistics.quantiles(values, n=4) if len(values) > 1 else [],
    }


if __name__ == "__main__":
    print(grade_book({"ann": 93, "bob": 71.5, "cy": 93, "dee": 55, "eve": 88}))
