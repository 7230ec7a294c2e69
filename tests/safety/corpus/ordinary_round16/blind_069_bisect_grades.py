"""Grade boundaries, tax brackets and interval lookups with bisect."""
from bisect import bisect_right, bisect_left, insort

GRADE_BREAKS = [60, 70, 80, 90]
GRADES = "FDCBA"

TAX_BRACKETS = [(0, 0.0), (11_000, 0.12), (44_725, 0.22), (95_375, 0.24), (182_100, 0.32)]


def grade(score: float) -> str:
    return GRADES[bisect_right(GRADE_BREAKS, score)]


def income_tax(income: float) -> float:
    tax = 0.0
    for i, (lower, rate) in enumerate(TAX_BRACKETS):
        upper = TAX_BRACKETS[i + 1][0] if i + 1 < len(TAX_BRACKETS) else float("inf")
        if income > lower:
            tax += (min(income, upper) - lower) * rate
    return round(tax, 2)


def marginal_rate(income: float) -> float:
    lowers = [b for b, _ in TAX_BRACKETS]
    return TAX_BRACKETS[bisect_right(lowers, income) - 1][1]


class SortedTimeline:
    def __init__(self):
        self._times: list[int] = []

    def add(self, t: int) -> None:
        insort(self._times, t)

    def count_between(self, start: int, end: int) -> int:
        return bisect_right(self._times, end) - bisect_left(self._times, start)

    def nearest(self, t: int) -> int | None:
        i = bisect_left(self._times, t)
        candidates = self._times[max(i - 1, 0):i + 1]
        return min(candidates, key=lambda x: abs(x - t)) if candidates else None


if __name__ == "__main__":
    print([grade(s) for s in (33, 60, 79.9, 80, 99)])
    for inc in (9_000, 50_000, 200_000):
        print(inc, income_tax(inc), marginal_rate(inc))
    tl = SortedTimeline()
    for t in (50, 10, 30, 90, 70):
        tl.add(t)
    print(tl.count_between(20, 70), tl.nearest(61), tl.nearest(0))
