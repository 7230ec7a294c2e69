"""Parse 5-field cron expressions and compute the next N run times."""
import datetime as dt

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
NAMES = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 0,
         "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
         "sep": 9, "oct": 10, "nov": 11, "dec": 12}


def _value(tok):
    return NAMES[tok.lower()] if tok.lower() in NAMES else int(tok)


def parse_field(spec, lo, hi):
    values = set()
    for part in spec.split(","):
        rng, _, step = part.partition("/")
        step = int(step) if step else 1
        if rng == "*":
            a, b = lo, hi
        elif "-" in rng:
            a, b = map(_value, rng.split("-"))
        else:
            a = b = _value(rng)
            if step > 1:
                b = hi
        if not (lo <= a <= hi and lo <= b <= hi):
            raise ValueError(f"{part!r} out of range {lo}-{hi}")
        values.update(range(a, b + 1, step))
    return values


class Cron:
    def __init__(self, expr):
        parts = expr.split()
        if len(parts) != 5:
            raise ValueError("cron needs 5 fields")
        self.expr = expr
        self.sets = {name: parse_field(p, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}
        self.any_day, self.any_wd = parts[2] == "*", parts[4] == "*"

    def matches(self, t):
        s = self.sets
        day_ok = t.day in s["day"]
        wd_ok = (t.weekday() + 1) % 7 in s["weekday"]
        day_match = day_ok and wd_ok if (self.any_day or self.any_wd) else day_ok or wd_ok
        return t.minute in s["minute"] and t.hour in s["hour"] and t.month in s["month"] and day_match

    def next_runs(self, after, n=3):
        t = after.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
        out, limit = [], 0
        while len(out) < n and limit < 600_000:
            if self.matches(t):
                out.append(t.isoformat(timespec="minutes"))
            t += dt.timedelta(minutes=1)
            limit += 1
        return out


if __name__ == "__main__":
    start = dt.datetime(2024, 2, 27, 10, 7)
    for e in ["*/15 9-17 * * mon-fri", "0 0 29 feb *", "30 8 1,15 * *", "0 12 * * sun"]:
        print(e, Cron(e).next_runs(start))
