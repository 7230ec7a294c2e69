# family: ordinary, blind round 48 (bisect tax brackets and grade lookup)
from bisect import bisect_right, bisect_left, insort
from array import array

# upper bounds of each bracket and the marginal rate that applies below it
BRACKET_LIMITS = [11_000, 44_725, 95_375, 182_100, 231_250, 578_125]
RATES = [0.10, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37]


def income_tax(income: float) -> float:
    tax, lower = 0.0, 0
    for limit, rate in zip(BRACKET_LIMITS + [float("inf")], RATES):
        if income <= lower:
            break
        tax += (min(income, limit) - lower) * rate
        lower = limit
    return round(tax, 2)


def marginal_rate(income: float) -> float:
    return RATES[bisect_left(BRACKET_LIMITS, income)]


def grade(score, cutoffs=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect_right(cutoffs, score)]


class SortedLeaderboard:
    def __init__(self):
        self._scores = array("i")

    def add(self, score: int):
        insort(self._scores, score)

    def rank(self, score: int) -> int:
        """1-based rank (1 = best) a score would have."""
        return len(self._scores) - bisect_right(self._scores, score) + 1

    def percentile(self, score: int) -> float:
        return 100 * bisect_left(self._scores, score) / len(self._scores)


if __name__ == "__main__":
    for income in (9_500, 50_000, 120_000, 600_000):
        tax = income_tax(income)
        print(f"${income:>9,}: tax ${tax:>11,.2f}  effective {tax / income:6.2%}  "
              f"marginal {marginal_rate(income):.0%}")
    scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
    print("grades:", [f"{s}:{grade(s)}" for s in scores])
    board = SortedLeaderboard()
    for s in scores:
        board.add(s)
    print("stored:", board._scores.tolist(), "itemsize:", board._scores.itemsize)
    print("rank of 89:", board.rank(89), "| percentile of 77:", round(board.percentile(77), 1))
