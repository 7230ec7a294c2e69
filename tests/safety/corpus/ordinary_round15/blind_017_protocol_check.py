"""Duck-typed aggregation using runtime_checkable Protocols."""
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


@runtime_checkable
class HasWeight(Protocol):
    weight: float


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Parcel:
    def __init__(self, weight, w, h):
        self.weight, self.w, self.h = weight, w, h

    def area(self):
        return self.w * self.h


class Note:
    def __init__(self, text):
        self.text = text


def aggregate(items: Iterable) -> dict:
    total_area = 0.0
    total_weight = 0.0
    skipped = []
    for item in items:
        matched = False
        if isinstance(item, HasArea):
            total_area += item.area()
            matched = True
        if isinstance(item, HasWeight):
            total_weight += item.weight
            matched = True
        if not matched:
            skipped.append(type(item).__name__)
    return {"area": total_area, "weight": total_weight, "skipped": skipped}


if __name__ == "__main__":
    print(aggregate([Square(3), Parcel(2.5, 2, 4), Note("hi"), Square(1)]))
