"""Expand recurring events (daily/weekly/monthly/nth-weekday) and render a month calendar."""
import calendar
import datetime as dt


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))


def occurrences(rule: dict, start: str, end: str) -> list:
    """rule: {"freq": "daily"|"weekly"|"monthly"|"nth_weekday", "interval": 1, "weekdays": [0, 2],
    "n": 2, "weekday": 1, "start": "2024-01-01"}"""
    first, lo, hi = (dt.date.fromisoformat(x) for x in (rule["start"], start, end))
    step, freq, out = rule.get("interval", 1), rule["freq"], []
    if freq == "daily":
        d = first
        while d <= hi:
            out.append(d)
            d += dt.timedelta(days=step)
    elif freq == "weekly":
        days = rule.get("weekdays", [first.weekday()])
        week0 = first - dt.timedelta(days=first.weekday())
        w = 0
        while week0 + dt.timedelta(weeks=w) <= hi:
            out += [week0 + dt.timedelta(weeks=w, days=k) for k in sorted(days)]
            w += step
    elif freq in ("monthly", "nth_weekday"):
        k = 0
        while (m := _add_months(first.replace(day=1), k)) <= hi:
            if freq == "monthly":
                out.append(_add_months(first, k))
            else:
                weeks = [wk[rule["weekday"]] for wk in calendar.monthcalendar(m.year, m.month) if wk[rule["weekday"]]]
                n = rule["n"]
                if -len(weeks) <= (n - 1 if n > 0 else n) < len(weeks):
                    out.append(m.replace(day=weeks[n - 1 if n > 0 else n]))
            k += step
    else:
        raise ValueError(f"unknown freq {freq!r}")
    return [d.isoformat() for d in out if lo <= d <= hi and d >= first]


def month_view(year: int, month: int, marked: list) -> str:
    days = {dt.date.fromisoformat(d).day for d in marked if d.startswith(f"{year:04d}-{month:02d}")}
    lines = [calendar.month_name[month] + f" {year}", "Mo Tu We Th Fr Sa Su"]
    for week in calendar.Calendar().monthdayscalendar(year, month):
        lines.append(" ".join("  " if d == 0 else (f"{d:>2}" if d not in days else " *") for d in week))
    return "\n".join(lines)


if __name__ == "__main__":
    print(occurrences({"freq": "nth_weekday", "n": -1, "weekday": 4, "start": "2024-01-01"}, "2024-01-01", "2024-04-30"))
    print(occurrences({"freq": "monthly", "start": "2024-01-31"}, "2024-01-01", "2024-05-01"))
    ev = occurrences({"freq": "weekly", "interval": 2, "weekdays": [0, 3], "start": "2024-03-04"}, "2024-03-01", "2024-03-31")
    print(ev)
    print(month_view(2024, 3, ev))
