# ordinary: convert arbitrary Python values into JSON-safe data with singledispatch
import dataclasses
import datetime
import json
from decimal import Decimal
from enum import Enum
from functools import singledispatch


@singledispatch
def to_jsonable(obj):
    if dataclasses.is_dataclass(obj):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


@to_jsonable.register
def _(obj: str):
    return obj


@to_jsonable.register(int)
@to_jsonable.register(float)
@to_jsonable.register(bool)
@to_jsonable.register(type(None))
def _(obj):
    return obj


@to_jsonable.register
def _(obj: Decimal):
    return str(obj)


@to_jsonable.register
def _(obj: datetime.date):
    return obj.isoformat()


@to_jsonable.register
def _(obj: Enum):
    return obj.value


@to_jsonable.register(list)
@to_jsonable.register(tuple)
@to_jsonable.register(set)
@to_jsonable.register(frozenset)
def _(obj):
    items = [to_jsonable(item) for item in obj]
    return sorted(items, key=repr) if isinstance(obj, (set, frozenset)) else items


@to_jsonable.register
def _(obj: dict):
    return {str(key): to_jsonable(value) for key, value in obj.items()}


class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"


@dataclasses.dataclass
class Ticket:
    id: int
    title: str
    status: Status
    opened: datetime.date
    cost: Decimal
    tags: set = dataclasses.field(default_factory=set)


if __name__ == "__main__":
    t = Ticket(7, "Broken link", Status.OPEN, datetime.date(2024, 5, 1), Decimal("12.50"), {"web", "bug"})
    print(json.dumps(to_jsonable({"tickets": [t], "when": datetime.datetime(2024, 5, 2, 9, 30)}), indent=2))
    try:
        to_jsonable(object())
    except TypeError as exc:
        print(exc)
