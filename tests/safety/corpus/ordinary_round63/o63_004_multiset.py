# family: ordinary, blind round 63 (multiset built on Counter)
from collections import Counter


class Multiset(Counter):
    """A Counter that behaves like a mathematical multiset."""

    def add(self, item, times=1):
        if times < 0:
            raise ValueError("times must be non-negative")
        self[item] += times

    def remove(self, item, times=1):
        if self[item] < times:
            raise KeyError(f"cannot remove {times} x {item!r}; only {self[item]} present")
        self[item] -= times
        if self[item] == 0:
            self.pop(item)

    def __len__(self):
        return sum(v for v in self.values() if v > 0)

    def distinct(self):
        return super().__len__()

    def __add__(self, other):
        return Multiset(super().__add__(other))

    def __and__(self, other):
        return Multiset(super().__and__(other))

    def __contains__(self, item):
        return self[item] > 0

    def issubset(self, other):
        return all(other[k] >= v for k, v in self.items())

    def __repr__(self):
        body = ", ".join(f"{k!r}x{v}" for k, v in sorted(self.items(), key=lambda kv: str(kv[0])))
        return f"Multiset({{{body}}})"


if __name__ == "__main__":
    bag = Multiset("mississippi")
    print(bag, len(bag), bag.distinct())
    bag.add("z", 2)
    bag.remove("s", 4)
    print(bag, "s" in bag)
    other = Multiset("misp")
    print(bag & other, (bag + other).most_common(2))
    print(other.issubset(bag))
    try:
        bag.remove("q")
    except KeyError as exc:
        print("error:", exc)
