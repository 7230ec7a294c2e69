"""Serialise mixed Python values to JSON-safe data using a type-keyed handler registry."""

import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any

HANDLERS: dict[type, Callable[[Any], Any]] = {
    datetime: lambda v: v.isoformat(),
    date: lambda v: v.isoformat(),
    timedelta: lambda v: v.total_seconds(),
    Decimal: str,
    Fraction: lambda v: f"{v.numerator}/{v.denominator}",
    uuid.UUID: str,
    set: sorted,
    frozenset: sorted,
    bytes: lambda v: v.hex(),
    complex: lambda v: [v.real, v.imag],
}


def to_jsonable(value: Any) -> Any:
    handler = HANDLERS.get(type(value))
    if handler is not None:
        return to_jsonable(handler(value))
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"no JSON handler for {type(value).__name__}")


def serialize(value: Any) -> str:
    return json.dumps(to_jsonable(value), sort_keys=True)


class Color(Enum):
    RED = "red"


@dataclass
class Event:
    name: str
    when: datetime
    cost: Decimal


if __name__ == "__main__":
    print(serialize({"e": Event("launch", datetime(2024, 1, 2, 3, 4), Decimal("9.99")), "c": Color.RED,
                     "tags": {"b", "a"}, "ratio": Fraction(1, 3), "raw": b"\x00\xff", "z": 1 + 2j,
                     "span": timedelta(hours=1)}))
