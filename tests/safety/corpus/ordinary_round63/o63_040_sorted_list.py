# family: ordinary, blind round 63 (always-sorted list using bisect on UserList)
import bisect
from collections import UserList


class SortedList(UserList):
    def __init__(self, iterable=(), key=None):
        self.key = key or (lambda x: x)
        super().__init__(sorted(iterable, key=self.key))
        self._keys = [self.key(x) for x in self.data]

    def add(self, item):
        k = self.key(item)
        i = bisect.bisect_right(self._keys, k)
        self._keys.insert(i, k)
        self.data.insert(i, item)

    def append(self, item):
        self.add(item)

    def extend(self, items):
        for item in items:
            self.add(item)

    def insert(self, i, item):
        raise TypeError("SortedList does not support positional insert; use add()")

    def __setitem__(self, i, item):
        raise TypeError("SortedList does not support item assignment")

    def __delitem__(self, i):
        del self.data[i]
        del self._keys[i]

    def __contains__(self, item):
        k = self.key(item)
        i = bisect.bisect_left(self._keys, k)
        while i < len(self._keys) and self._keys[i] == k:
            if self.data[i] == item:
                return True
            i += 1
        return False

    def irange(self, lo, hi):
        """Items with lo <= key <= hi."""
        return self.data[bisect.bisect_left(self._keys, lo):bisect.bisect_right(self._keys, hi)]

    def __repr__(self):
        return f"SortedList({self.data!r})"


if __name__ == "__main__":
    nums = SortedList([5, 1, 9, 3])
    nums.add(4)
    nums.extend([8, 2])
    print(nums, 4 in nums, 6 in nums, nums.irange(3, 8))
    del nums[0]
    print(nums, nums[-1])
    people = SortedList([("ana", 31), ("bo", 25), ("cy", 40)], key=lambda p: p[1])
    people.add(("di", 28))
    print(people.irange(26, 35))
    try:
        nums[0] = 100
    except TypeError as exc:
        print("error:", exc)
