"""Serialise arbitrary Python values to JSON-friendly data with singledispatch."""
import json
from dataclasses import dataclass, is_dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import singledispatch
from uuid import UUID, uuid4


@singledispatch
def to_jsonable(obj):
    if is_dataclass(obj):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in fields(obj)}
    raise TypeError(f"cannot serialise {type(obj).__name__}")


@to_jsonable.register(str)
@to_jsonable.register(int)
@to_jsonable.register(float)
@to_jsonable.register(bool)
@to_jsonable.register(type(None))
def _(obj):
    return obj


@to_jsonable.register
def _(obj: Decimal):
    return str(obj)


@to_jsonable.register(date)
@to_jsonable.register(datetime)
def _(obj):
    return obj.isoformat()


@to_jsonable.register
def _(obj: Enum):
    return obj.value


@to_jsonable.register
def _(obj: UUID):
    return str(obj)


@to_jsonable.register(list)
@to_jsonable.register(tuple)
@to_jsonable.register(set)
def _(obj):
    items = [to_jsonable(x) for x in obj]
    return sorted(items, key=repr) if isinstance(obj, set) else items


@to_jsonable.register
def _(obj: dict):
    return {str(k): to_jsonable(v) for k, v in obj.items()}


class Colour(Enum):
    RED = "red"
    BLUE = "blue"


@dataclass
class Item:
    id: UUID
    price: Decimal
    colour: Colour
    tags: set
    made: date


if __name__ == "__main__":
    item = Item(uuid4(), Decimal("9.99"), Colour.RED, {"b", "a"}, date(2024, 1, 2))
    print(json.dumps(to_jsonable({"items": [item], "count": 1, "when": datetime(2024, 5, 1, 12)}), indent=1))
