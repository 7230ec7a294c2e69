# family: ordinary, blind round 62 (quiz scoring with enum grades and format_map)
from enum import Enum
import statistics

ANSWER_KEY = {"q1": "b", "q2": "d", "q3": "a", "q4": "a", "q5": "c"}
WEIGHTS = {"q4": 2, "q5": 2}
REPORT = "{name}: {value:.2f}"


class Grade(Enum):
    A = 90
    B = 80
    C = 70
    D = 60
    F = 0

    @classmethod
    def for_score(cls, pct):
        for g in cls:
            if pct >= g.value:
                return g
        return cls.F


def score(answers, key=ANSWER_KEY, weights=WEIGHTS):
    total = sum(weights.get(q, 1) for q in key)
    got = sum(weights.get(q, 1) for q, a in answers.items()
              if key.get(q, "").lower() == str(a).strip().lower())
    return 100.0 * got / total


if __name__ == "__main__":
    students = {
        "ana": {"q1": "b", "q2": "d", "q3": "a", "q4": "a", "q5": "c"},
        "ben": {"q1": "B", "q2": "c", "q3": "a", "q4": "b", "q5": "c"},
        "cy": {"q1": "a", "q2": "d", "q3": " A ", "q5": "d"},
    }
    scores = {}
    for name, ans in students.items():
        pct = score(ans)
        scores[name] = pct
        print(REPORT.format_map({"name": name, "value": pct}), Grade.for_score(pct).name)
    print("mean %.1f, median %.1f" % (statistics.mean(scores.values()), statistics.median(scores.values())))
    print(Grade["B"], Grade(70), Grade.for_score(85) is Grade.B)
