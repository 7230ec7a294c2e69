"""Convert arbitrary Python objects into JSON-friendly structures via singledispatch."""
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
def to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    raise TypeError(f"cannot serialise {type(obj).__name__}")


@to_jsonable.register(str)
@to_jsonable.register(int)
@to_jsonable.register(float)
@to_jsonable.register(bool)
@to_jsonable.register(type(None))
def _(obj: Any) -> Any:
    return obj


@to_jsonable.register
def _(obj: dict) -> dict:
    return {str(k): to_jsonable(v) for k, v in obj.items()}


@to_jsonable.register(list)
@to_jsonable.register(tuple)
@to_jsonable.register(set)
@to_jsonable.register(frozenset)
def _(obj: Any) -> list:
    items = [to_jsonable(v) for v in obj]
    return sorted(items, key=repr) if isinstance(obj, (set, frozenset)) else items


@to_jsonable.register
def _(obj: dt.date) -> str:  # also covers datetime
    return obj.isoformat()


@to_jsonable.register(Decimal)
@to_jsonable.register(uuid.UUID)
def _(obj: Any) -> str:
    return str(obj)


@to_jsonable.register
def _(obj: Enum) -> Any:
    return obj.value


def dumps(obj: Any, **kwargs: Any) -> str:
    return json.dumps(to_jsonable(obj), **kwargs)


if __name__ == "__main__":
    class Color(Enum):
        RED = "red"

    @dataclasses.dataclass
    class Invoice:
        id: uuid.UUID
        total: Decimal
        issued: dt.date
        tags: set[str]
        color: Color = Color.RED

    inv = Invoice(uuid.UUID(int=42), Decimal("19.90"), dt.date(2024, 3, 1), {"b", "a"})
    print(dumps({"invoice": inv, "when": dt.datetime(2024, 3, 1, 12, 30), 1: (1, 2)}, indent=1))
