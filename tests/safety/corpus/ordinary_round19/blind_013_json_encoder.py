"""Convert rich Python values into JSON-compatible structures via singledispatch."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from decimal import Decimal
from enum import Enum
from functools import singledispatch
from typing import Any


@singledispatch
def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    raise TypeError(f"cannot serialise {type(value).__name__}")


@to_jsonable.register(str)
@to_jsonable.register(int)
@to_jsonable.register(float)
@to_jsonable.register(bool)
@to_jsonable.register(type(None))
def _(value: Any) -> Any:
    return value


@to_jsonable.register
def _(value: dict) -> dict:
    return {str(k): to_jsonable(v) for k, v in value.items()}


@to_jsonable.register(list)
@to_jsonable.register(tuple)
@to_jsonable.register(set)
def _(value: Any) -> list:
    items = sorted(value) if isinstance(value, set) else value
    return [to_jsonable(v) for v in items]


@to_jsonable.register
def _(value: dt.datetime) -> str:
    return value.isoformat()


@to_jsonable.register(Decimal)
@to_jsonable.register(uuid.UUID)
def _(value: Decimal | uuid.UUID) -> str:
    return str(value)


@to_jsonable.register
def _(value: Enum) -> Any:
    return to_jsonable(value.value)


def dumps(value: Any, **kwargs: Any) -> str:
    return json.dumps(to_jsonable(value), **kwargs)


class Status(Enum):
    OPEN = "open"


@dataclasses.dataclass
class Ticket:
    id: uuid.UUID
    opened: dt.datetime
    status: Status
    cost: Decimal
    tags: set[str]


if __name__ == "__main__":
    t = Ticket(uuid.UUID(int=42), dt.datetime(2024, 1, 2, 3, 4), Status.OPEN, Decimal("9.50"), {"b", "a"})
    print(dumps(t, indent=None))
