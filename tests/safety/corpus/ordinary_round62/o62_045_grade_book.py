# family: ordinary, blind round 62 (grade book with weighted categories and curve)
import statistics
from collections import namedtuple

WEIGHTS = {"homework": 0.25, "quiz": 0.25, "exam": 0.5}
LETTERS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (70, "C"), (60, "D"), (0, "F")]
Score = namedtuple("Score", "student category points max_points")

SCORES = [Score(*row) for row in [
    ("ana", "homework", 45, 50), ("ana", "quiz", 18, 20), ("ana", "exam", 88, 100),
    ("ben", "homework", 30, 50), ("ben", "quiz", 15, 20), ("ben", "exam", 71, 100),
    ("cy", "homework", 50, 50), ("cy", "quiz", 12, 20), ("cy", "exam", 64, 100),
    ("di", "homework", 40, 50), ("di", "exam", 95, 100),
]]


def letter(pct):
    return next(l for cutoff, l in LETTERS if pct >= cutoff)


def final_grades(scores, weights=WEIGHTS):
    by_student = {}
    for s in scores:
        cats = by_student.setdefault(s.student, {})
        got, mx = cats.get(s.category, (0, 0))
        cats[s.category] = (got + s.points, mx + s.max_points)
    out = {}
    for student, cats in by_student.items():
        used = {c: w for c, w in weights.items() if c in cats}
        norm = sum(used.values())
        out[student] = sum(100 * cats[c][0] / cats[c][1] * w for c, w in used.items()) / norm
    return out


def curve(grades, target_mean=82.0):
    shift = target_mean - statistics.mean(grades.values())
    return {k: min(100.0, v + max(0.0, shift)) for k, v in grades.items()}


if __name__ == "__main__":
    raw = final_grades(SCORES)
    curved = curve(raw)
    print("%-5s %7s %7s %s" % ("name", "raw", "curved", "letter"))
    for name in sorted(raw, key=raw.get, reverse=True):
        print("%-5s %7.2f %7.2f %s" % (name, raw[name], curved[name], letter(curved[name])))
    print("class mean: {:.1f} -> {:.1f}".format(statistics.mean(raw.values()), statistics.mean(curved.values())))
