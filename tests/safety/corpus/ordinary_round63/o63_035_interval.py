# family: ordinary, blind round 63 (closed numeric interval with set-like operators)
from functools import total_ordering


@total_ordering
class Interval:
    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval: [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

    @classmethod
    def around(cls, center, radius):
        return cls(center - radius, center + radius)

    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x <= self.hi

    def overlaps(self, other):
        return self.lo <= other.hi and other.lo <= self.hi

    def __and__(self, other):
        if not self.overlaps(other):
            return None
        return Interval(max(self.lo, other.lo), min(self.hi, other.hi))

    def __or__(self, other):
        if not self.overlaps(other):
            raise ValueError(f"{self} and {other} are disjoint")
        return Interval(min(self.lo, other.lo), max(self.hi, other.hi))

    def __len__(self):
        return int(self.hi - self.lo)

    def __eq__(self, other):
        return isinstance(other, Interval) and (self.lo, self.hi) == (other.lo, other.hi)

    def __lt__(self, other):
        return (self.lo, self.hi) < (other.lo, other.hi)

    def __hash__(self):
        return hash((self.lo, self.hi))

    def __repr__(self):
        return f"[{self.lo}, {self.hi}]"


def merge_all(intervals):
    merged = []
    for iv in sorted(intervals):
        if merged and merged[-1].overlaps(iv):
            merged[-1] = merged[-1] | iv
        else:
            merged.append(iv)
    return merged


if __name__ == "__main__":
    a, b = Interval(1, 5), Interval(4, 10)
    print(a & b, a | b, 3 in a, Interval(2, 3) in a, len(b))
    print(a & Interval(7, 8), Interval.around(0, 2.5))
    print(merge_all([Interval(8, 9), Interval(1, 3), Interval(2, 6), Interval(9, 12), Interval(15, 16)]))
    try:
        Interval(1, 2) | Interval(5, 6)
    except ValueError as exc:
        print("error:", exc)
