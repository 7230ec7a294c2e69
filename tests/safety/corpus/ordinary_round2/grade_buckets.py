# ordinary: map scores to letter grades and build a histogram using bisect
from bisect import bisect_right, insort
from collections import Counter

BREAKPOINTS = [60, 70, 80, 90]
GRADES = "FDCBA"


def letter(score: float) -> str:
    if not 0 <= score <= 100:
        raise ValueError(f"score out of range: {score}")
    return GRADES[bisect_right(BREAKPOINTS, score)]


def percentile_rank(sorted_scores: list[float], score: float) -> float:
    """Percentage of scores strictly below `score`."""
    from bisect import bisect_left
    return 100.0 * bisect_left(sorted_scores, score) / len(sorted_scores)


def histogram(scores: list[float], width: int = 30) -> str:
    counts = Counter(letter(s) for s in scores)
    biggest = max(counts.values(), default=1)
    lines = []
    for g in reversed(GRADES):
        n = counts.get(g, 0)
        bar = "#" * round(n / biggest * width)
        lines.append(f"{g} | {bar:<{width}} {n}")
    return "\n".join(lines)


class Leaderboard:
    def __init__(self):
        self._scores: list[tuple[float, str]] = []

    def add(self, name: str, score: float) -> None:
        insort(self._scores, (-score, name))

    def top(self, n: int = 3) -> list[str]:
        return [f"{name} ({-neg:g})" for neg, name in self._scores[:n]]


if __name__ == "__main__":
    scores = [55, 62, 71, 78, 81, 85, 88, 90, 93, 97, 100, 68, 74]
    print(histogram(scores))
    ordered = sorted(scores)
    print(f"88 beats {percentile_rank(ordered, 88):.1f}% of the class")
    board = Leaderboard()
    for i, s in enumerate(scores):
        board.add(f"student{i:02d}", s)
    print(board.top())
