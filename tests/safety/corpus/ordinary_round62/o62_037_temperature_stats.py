# family: ordinary, blind round 62 (weekly temperature stats with itertools pipelines)
import itertools
import statistics
from calendar import day_abbr

READINGS = [  # (day index, hour, celsius)
    (0, 6, 11.2), (0, 12, 17.5), (0, 18, 14.1), (1, 6, 9.8), (1, 12, 19.0), (1, 18, 15.5),
    (2, 6, 12.0), (2, 12, 21.3), (2, 18, None), (3, 6, 13.4), (3, 12, 22.8), (3, 18, 18.0),
    (4, 6, -999), (4, 12, 16.1), (4, 18, 12.9), (5, 6, 8.0), (5, 12, 14.2), (6, 12, 15.0),
]
VALID = lambda r: r[2] is not None and -50 < r[2] < 60


def daily(readings):
    clean = filter(VALID, readings)
    for day, group in itertools.groupby(clean, key=lambda r: r[0]):
        temps = [t for _, _, t in group]
        yield day, min(temps), max(temps), statistics.fmean(temps)


def streaks(values, pred):
    best = cur = 0
    for v in values:
        cur = cur + 1 if pred(v) else 0
        best = max(best, cur)
    return best


if __name__ == "__main__":
    rows = list(daily(READINGS))
    print("day   min   max   avg")
    for d, lo, hi, avg in rows:
        print("%-4s %5.1f %5.1f %5.1f %s" % (day_abbr[d], lo, hi, avg, "*" * int(avg)))
    highs = [hi for _, _, hi, _ in rows]
    print("rising pairs:", sum(1 for a, b in itertools.pairwise(highs) if b > a))
    print("longest warm streak (>18):", streaks(highs, lambda h: h > 18))
    print("running max:", list(itertools.accumulate(highs, max)))
    dropped = len(READINGS) - sum(1 for _ in filter(VALID, READINGS))
    print(f"dropped {dropped} bad readings; stdev of highs {statistics.stdev(highs):.2f}")
