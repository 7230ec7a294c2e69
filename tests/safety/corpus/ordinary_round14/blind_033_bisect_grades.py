"""Grade assignment and percentile lookup with bisect."""
import bisect
import statistics

DEFAULT_BREAKPOINTS = [60, 70, 80, 90]
DEFAULT_GRADES = "FDCBA"


def grade(score: float, breakpoints=DEFAULT_BREAKPOINTS, grades=DEFAULT_GRADES) -> str:
    if len(grades) != len(breakpoints) + 1:
        raise ValueError("need exactly one more grade than breakpoints")
    return grades[bisect.bisect(breakpoints, score)]


def percentile_rank(sorted_scores: list[float], score: float) -> float:
    below = bisect.bisect_left(sorted_scores, score)
    equal = bisect.bisect_right(sorted_scores, score) - below
    return 100.0 * (below + 0.5 * equal) / len(sorted_scores)


class SortedScores:
    def __init__(self, scores=()):
        self._data = sorted(scores)

    def add(self, score: float) -> None:
        bisect.insort(self._data, score)

    def __len__(self):
        return len(self._data)

    def __contains__(self, score):
        i = bisect.bisect_left(self._data, score)
        return i < len(self._data) and self._data[i] == score

    def between(self, lo: float, hi: float) -> list[float]:
        return self._data[bisect.bisect_left(self._data, lo):bisect.bisect_right(self._data, hi)]

    def rank(self, score: float) -> float:
        return percentile_rank(self._data, score)


def grade_report(scores: dict[str, float]) -> dict:
    ss = SortedScores(scores.values())
    per_student = {
        name: {"score": s, "grade": grade(s), "percentile": round(ss.rank(s), 1)}
        for name, s in scores.items()
    }
    dist = {g: sum(1 for v in per_student.values() if v["grade"] == g) for g in DEFAULT_GRADES}
    return {
        "students": per_student,
        "distribution": dist,
        "mean": round(statistics.mean(scores.values()), 2),
        "quartiles": statistics.quantiles(scores.values(), n=4),
        "b_range": ss.between(80, 89.99),
    }


if __name__ == "__main__":
    rep = grade_report({"ann": 93, "bob": 71, "cy": 85, "di": 59, "ed": 85, "fay": 78})
    for k, v in rep.items():
        print(k, v)
    print(85 in SortedScores([85, 1]), 86 in SortedScores([85]))
