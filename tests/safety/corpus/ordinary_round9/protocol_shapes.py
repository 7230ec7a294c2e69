"""Use a Protocol to compute perimeters for any shape-like object."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasPerimeter(Protocol):
    def perimeter(self) -> float: ...


class Polygon:
    def __init__(self, name: str, sides: list[float]) -> None:
        self.name = name
        self.sides = sides

    def perimeter(self) -> float:
        return sum(self.sides)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Square(Polygon):
    def __init__(self, side: float) -> None:
        super().__init__("square", [side] * 4)


class EquilateralTriangle(Polygon):
    def __init__(self, side: float) -> None:
        Polygon.__init__(self, "triangle", [side] * 3)


@dataclass
class Ellipse:
    a: float
    b: float

    def perimeter(self) -> float:
        h = ((self.a - self.b) ** 2) / ((self.a + self.b) ** 2)
        return math.pi * (self.a + self.b) * (1 + 3 * h / (10 + math.sqrt(4 - 3 * h)))


def total_perimeter(specs: list[tuple[str, float, float]]) -> dict[str, float]:
    """Entry point: build shapes from (kind, p1, p2) and sum perimeters."""
    shapes: list[HasPerimeter] = []
    for kind, p1, p2 in specs:
        match kind:
            case "square":
                shapes.append(Square(p1))
            case "triangle":
                shapes.append(EquilateralTriangle(p1))
            case "ellipse":
                shapes.append(Ellipse(p1, p2))
            case _:
                raise ValueError(kind)
    totals: dict[str, float] = {}
    for s in shapes:
        if not isinstance(s, HasPerimeter):
            continue
        key = type(s).__name__
        totals[key] = round(totals.get(key, 0.0) + s.perimeter(), 4)
    return totals
