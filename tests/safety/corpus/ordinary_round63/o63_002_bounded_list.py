# family: ordinary, blind round 63 (bounded list that drops oldest items)
from collections import UserList


class BoundedList(UserList):
    """A list that never grows beyond ``maxlen``; oldest items are evicted."""

    def __init__(self, initial=None, maxlen=10):
        if maxlen <= 0:
            raise ValueError("maxlen must be positive")
        self.maxlen = maxlen
        super().__init__()
        for item in initial or []:
            self.append(item)

    def _trim(self):
        overflow = len(self.data) - self.maxlen
        if overflow > 0:
            del self.data[:overflow]

    def append(self, item):
        super().append(item)
        self._trim()

    def extend(self, other):
        super().extend(other)
        self._trim()

    def insert(self, i, item):
        super().insert(i, item)
        self._trim()

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __add__(self, other):
        return BoundedList(list(self.data) + list(other), maxlen=self.maxlen)

    @property
    def is_full(self):
        return len(self.data) == self.maxlen

    def __repr__(self):
        return f"BoundedList({self.data!r}, maxlen={self.maxlen})"


if __name__ == "__main__":
    recent = BoundedList(maxlen=3)
    for page in ["home", "about", "blog", "contact"]:
        recent.append(page)
    print(recent, recent.is_full)
    recent += ["faq", "pricing"]
    print(recent)
    combined = recent + ["login"]
    print(combined, isinstance(combined, BoundedList))
    print(recent[-1], len(recent))
