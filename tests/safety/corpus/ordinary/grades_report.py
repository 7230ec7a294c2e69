import statistics
from collections import defaultdict
from operator import itemgetter


def grade_report(records: list[dict]) -> dict:
    """Per-student averages and per-subject rankings from score records."""
    by_student: dict[str, list[float]] = defaultdict(list)
    by_subject: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for record in records:
        name, subject, score = record["student"], record["subject"], float(record["score"])
        if not 0 <= score <= 100:
            raise ValueError(f"score out of range for {name}: {score}")
        by_student[name].append(score)
        by_subject[subject].append((name, score))
    averages = {name: round(statistics.mean(scores), 1) for name, scores in by_student.items()}
    rankings = {
        subject: [name for name, _ in sorted(entries, key=itemgetter(1), reverse=True)]
        for subject, entries in by_subject.items()
    }
    best = max(averages.items(), key=itemgetter(1)) if averages else None
    return {
        "averages": dict(sorted(averages.items())),
        "rankings": rankings,
        "top_student": best[0] if best else None,
        "spread": round(statistics.pstdev(averages.values()), 2) if len(averages) > 1 else 0.0,
    }
