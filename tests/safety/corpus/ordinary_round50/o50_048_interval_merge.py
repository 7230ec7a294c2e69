# family: ordinary, blind round 50 (interval merging)
import bisect

def merge_intervals(intervals, touch=True):
    """Merge overlapping [start, end] intervals. If touch, [1,3] and [3,5] merge too."""
    merged = []
    for start, end in sorted(intervals):
        if merged and (start < merged[-1][1] or (touch and start == merged[-1][1])):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(m) for m in merged]


def insert_interval(merged, new):
    """Insert into an already-merged sorted list and re-merge locally."""
    starts = [s for s, _ in merged]
    i = bisect.bisect_left(starts, new[0])
    return merge_intervals(merged[:i] + [new] + merged[i:])


def gaps(merged, lo, hi):
    out, cursor = [], lo
    for s, e in merged:
        if s > cursor:
            out.append((cursor, min(s, hi)))
        cursor = max(cursor, e)
    if cursor < hi:
        out.append((cursor, hi))
    return out


def total_covered(intervals):
    return sum(e - s for s, e in merge_intervals(intervals))


if __name__ == "__main__":
    raw = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (10, 11)]
    m = merge_intervals(raw)
    print("merged:", m)
    print("no-touch merge:", merge_intervals(raw, touch=False))
    print("insert (12,16):", insert_interval(m, (12, 16)))
    print("gaps in [0,25]:", gaps(m, 0, 25))
    print("total covered:", total_covered(raw))
