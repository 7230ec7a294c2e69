# family: ordinary, blind round 48 (functools.singledispatch serializer)
from functools import singledispatch
from datetime import date, datetime
from pprint import pprint
from decimal import Decimal
from enum import Enum
from dataclasses import dataclass, fields, is_dataclass
import uuid


class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


@dataclass
class Customer:
    id: uuid.UUID
    name: str
    joined: date
    credit: Decimal
    status: Status
    tags: set


@singledispatch
def to_plain(obj):
    if is_dataclass(obj):
        return {f.name: to_plain(getattr(obj, f.name)) for f in fields(obj)}
    raise TypeError(f"don't know how to serialise {type(obj).__name__}")


@to_plain.register(str)
@to_plain.register(int)
@to_plain.register(float)
@to_plain.register(type(None))
def _(obj):
    return obj


@to_plain.register
def _(obj: date):
    return obj.isoformat()  # datetime is a date subclass, isoformat covers both


@to_plain.register(Decimal)
@to_plain.register(uuid.UUID)
def _(obj):
    return str(obj)


@to_plain.register
def _(obj: Enum):
    return obj.value


@to_plain.register(list)
@to_plain.register(tuple)
def _(obj):
    return [to_plain(x) for x in obj]


@to_plain.register(set)
def _(obj):
    return sorted(to_plain(x) for x in obj)


to_plain.register(dict, lambda obj: {str(k): to_plain(v) for k, v in obj.items()})


if __name__ == "__main__":
    c = Customer(uuid.UUID("12345678-1234-5678-1234-567812345678"), "Ada", date(2021, 5, 4),
                 Decimal("250.00"), Status.ACTIVE, {"vip", "beta"})
    payload = {"customer": c, "fetched": datetime(2024, 2, 29, 8, 30, 15), "flags": (True, None, 3.5)}
    pprint(to_plain(payload), sort_dicts=False)
    try:
        to_plain(object())
    except TypeError as e:
        print("error:", e)
