# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
import copy
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


def moved(point):
    try:
        return copy.replace(point, x=point.x + 1)
    except AttributeError as problem:
        return problem.obj


found = moved(Point(1, 2))
print(found)
print(found.dispatch_table)
