"""Estimate the 'size' of nested data with functools.singledispatch."""
from collections.abc import Mapping
from functools import singledispatch
from typing import Any


@singledispatch
def size_of(value: Any) -> int:
    return 1


@size_of.register
def _(value: str) -> int:
    return len(value)


@size_of.register
def _(value: bytes) -> int:
    return len(value)


@size_of.register(list)
@size_of.register(tuple)
@size_of.register(set)
def _(value) -> int:
    return 1 + sum(size_of(v) for v in value)


@size_of.register
def _(value: Mapping) -> int:
    return 1 + sum(size_of(k) + size_of(v) for k, v in value.items())


@size_of.register(type(None))
def _(value: None) -> int:
    return 0


class Budget:
    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __call__(self, value: Any) -> bool:
        return size_of(value) <= self.limit


def check_sizes(items: dict[str, Any], limit: int = 50) -> dict[str, tuple[int, bool]]:
    """Entry point: report size of each item and whether it fits the budget."""
    fits = Budget(limit)
    report: dict[str, tuple[int, bool]] = {}
    for name, value in items.items():
        report[name] = (size_of(value), fits(value))
    return report
