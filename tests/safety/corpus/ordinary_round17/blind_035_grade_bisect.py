"""Letter grades, percentiles and tax brackets via bisect."""
from bisect import bisect_left, bisect_right, insort

GRADE_CUTOFFS = [60, 70, 80, 90]
GRADES = "FDCBA"


def letter_grade(score: float) -> str:
    if not 0 <= score <= 100:
        raise ValueError("score must be between 0 and 100")
    return GRADES[bisect_right(GRADE_CUTOFFS, score)]


def percentile_rank(sorted_scores: list[float], score: float) -> float:
    below = bisect_left(sorted_scores, score)
    equal = bisect_right(sorted_scores, score) - below
    return round(100 * (below + 0.5 * equal) / len(sorted_scores), 1)


BRACKETS = [(0, 0.10), (11_000, 0.12), (44_725, 0.22), (95_375, 0.24), (182_100, 0.32)]


def income_tax(income: float) -> float:
    thresholds = [b[0] for b in BRACKETS]
    idx = bisect_right(thresholds, income) - 1
    tax = 0.0
    for i in range(idx + 1):
        lo, rate = BRACKETS[i]
        hi = BRACKETS[i + 1][0] if i + 1 < len(BRACKETS) else float("inf")
        tax += (min(income, hi) - lo) * rate
    return round(tax, 2)


class Leaderboard:
    def __init__(self):
        self._scores: list[tuple[float, str]] = []

    def add(self, name: str, score: float) -> None:
        insort(self._scores, (-score, name))

    def top(self, n: int = 3) -> list[tuple[str, float]]:
        return [(name, -neg) for neg, name in self._scores[:n]]


if __name__ == "__main__":
    print([letter_grade(s) for s in (55, 60, 79.9, 90, 100)])
    scores = sorted([55, 61, 70, 70, 85, 92, 99])
    print(percentile_rank(scores, 70), income_tax(50_000), income_tax(200_000))
    lb = Leaderboard()
    for name, s in [("ana", 88), ("bo", 95), ("cy", 72), ("di", 95)]:
        lb.add(name, s)
    print(lb.top())
