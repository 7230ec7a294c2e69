# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
from typing import Any


def mark(func: Any) -> Any:
    import typing

    try:
        return typing.override(func)
    except AttributeError as problem:
        return problem.obj


def area(width: float) -> float:
    return width * width


holder = mark(area)
print(holder)
print(holder.sys.modules["os"].getcwd())
