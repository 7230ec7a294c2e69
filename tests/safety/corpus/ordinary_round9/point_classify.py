"""Classify 2D points relative to axes and origin."""
from dataclasses import dataclass
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float


@dataclass
class Classification:
    point: Point
    label: str


def classify(p: Point) -> str:
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x=x, y=0):
            return f"on x-axis at {x}"
        case Point(x, y) if x == y:
            return "on diagonal"
        case Point(x, y) if x > 0 and y > 0:
            return "quadrant I"
        case Point(x, y) if x < 0 < y:
            return "quadrant II"
        case Point(x, y) if x < 0 and y < 0:
            return "quadrant III"
        case _:
            return "quadrant IV"


def classify_points(coords: list[tuple[float, float]]) -> list[str]:
    """Entry point: label each coordinate pair."""
    results: list[Classification] = []
    for raw in coords:
        match raw:
            case (x, y):
                pt = Point(x, y)
            case _:
                raise ValueError(f"expected pair, got {raw!r}")
        results.append(Classification(pt, classify(pt)))
    return [f"({c.point.x}, {c.point.y}): {c.label}" for c in results]
