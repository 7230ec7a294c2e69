"""Convert rich Python values (dates, Decimals, sets, dataclasses) into JSON-safe data."""
import dataclasses
import datetime as dt
import enum
import json
import uuid
from decimal import Decimal
from functools import singledispatch
from typing import Any


@singledispatch
def to_jsonable(value: Any) -> Any:
    """Fallback: dataclasses become dicts, otherwise fail loudly."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    raise TypeError(f"cannot serialize {type(value).__name__}")


@to_jsonable.register(str)
@to_jsonable.register(int)
@to_jsonable.register(float)
@to_jsonable.register(bool)
@to_jsonable.register(type(None))
def _(value: Any) -> Any:
    return value


@to_jsonable.register(dict)
def _(value: dict) -> dict:
    return {str(k): to_jsonable(v) for k, v in value.items()}


@to_jsonable.register(list)
@to_jsonable.register(tuple)
def _(value: Any) -> list:
    return [to_jsonable(v) for v in value]


@to_jsonable.register(set)
@to_jsonable.register(frozenset)
def _(value: Any) -> list:
    return sorted((to_jsonable(v) for v in value), key=repr)


@to_jsonable.register(dt.date)
@to_jsonable.register(dt.datetime)
def _(value: Any) -> str:
    return value.isoformat()


@to_jsonable.register(Decimal)
@to_jsonable.register(uuid.UUID)
def _(value: Any) -> str:
    return str(value)


@to_jsonable.register
def _(value: enum.Enum) -> Any:
    return to_jsonable(value.value)


def dumps(value: Any, **kwargs: Any) -> str:
    """json.dumps that understands the extra types registered above."""
    return json.dumps(to_jsonable(value), **kwargs)


if __name__ == "__main__":
    class Color(enum.Enum):
        RED = "red"

    @dataclasses.dataclass
    class Order:
        id: uuid.UUID
        total: Decimal
        placed: dt.date
        tags: set[str]
        color: Color
    order = Order(uuid.UUID(int=42), Decimal("19.99"), dt.date(2024, 5, 1), {"gift", "rush"}, Color.RED)
    print(dumps({"order": order, "sent": dt.datetime(2024, 5, 2, 8, 30)}, indent=2))
