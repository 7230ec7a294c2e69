"""Compute current and longest streaks for a daily habit log."""
from datetime import date, timedelta
from itertools import groupby


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Group sorted unique dates into consecutive runs."""
    runs = []
    for _, grp in groupby(enumerate(days), key=lambda pair: pair[1].toordinal() - pair[0]):
        members = [d for _, d in grp]
        runs.append((members[0], members[-1]))
    return runs


def habit_streaks(done_dates: list[str], today: str, grace_days: int = 0) -> dict:
    days = sorted({date.fromisoformat(d) for d in done_dates})
    now = date.fromisoformat(today)
    days = [d for d in days if d <= now]
    if not days:
        return {"current": 0, "longest": 0, "total": 0, "runs": []}
    runs = _runs(days)
    lengths = [(end - start).days + 1 for start, end in runs]
    last_start, last_end = runs[-1]
    current = lengths[-1] if (now - last_end).days <= 1 + grace_days else 0
    week_start = now - timedelta(days=now.weekday())
    this_week = sum(1 for d in days if d >= week_start)
    best = max(range(len(runs)), key=lambda i: lengths[i])
    return {
        "current": current,
        "longest": lengths[best],
        "longest_period": f"{runs[best][0]:%d %b} - {runs[best][1]:%d %b %Y}",
        "total": len(days),
        "this_week": this_week,
        "completion_30d": f"{sum(1 for d in days if (now - d).days < 30) / 30:.0%}",
        "runs": [f"{s.isoformat()}..{e.isoformat()}" for s, e in runs],
    }


if __name__ == "__main__":
    log = ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-05", "2024-05-06", "2024-05-07", "2024-05-08",
           "2024-05-10", "2024-05-11", "2024-05-03"]
    print(habit_streaks(log, today="2024-05-12"))
