# family: ordinary, blind round 59 (grade lookup and percentile ranks with bisect)
import bisect
from statistics import quantiles
from typing import Dict, List

CUTOFFS = [60, 67, 70, 73, 77, 80, 83, 87, 90, 93]
LETTERS = ["F", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A"]


def letter_grade(score: float) -> str:
    if not 0 <= score <= 100:
        raise ValueError(f"score out of range: {score}")
    return LETTERS[bisect.bisect_right(CUTOFFS, score)]


def percentile_rank(scores: List[float], value: float) -> float:
    ordered = sorted(scores)
    below = bisect.bisect_left(ordered, value)
    equal = bisect.bisect_right(ordered, value) - below
    return 100.0 * (below + 0.5 * equal) / len(ordered)


def grade_report(scores: Dict[str, float]) -> List[str]:
    values = list(scores.values())
    q1, q2, q3 = quantiles(values, n=4)
    lines = [f"quartiles: Q1={q1:.1f} median={q2:.1f} Q3={q3:.1f}"]
    for name, score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("{:<8} {:>5.1f} {:<3} p{:.0f}".format(
            name, score, letter_grade(score), percentile_rank(values, score)))
    return lines


if __name__ == "__main__":
    class_scores = {"ava": 91.5, "ben": 72.0, "cho": 88.0, "dev": 59.5,
                    "eli": 72.0, "fay": 95.0, "gus": 80.0, "hal": 66.9}
    print("\n".join(grade_report(class_scores)))
