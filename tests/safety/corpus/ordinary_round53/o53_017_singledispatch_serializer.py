# family: ordinary, blind round 53 (singledispatch with annotation-based register)
from functools import singledispatch
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from uuid import UUID
from dataclasses import dataclass, is_dataclass, fields
import json


@singledispatch
def to_jsonable(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in fields(obj)}
    raise TypeError(f"cannot serialize {type(obj).__name__}")


@to_jsonable.register
def _(obj: str):
    return obj


@to_jsonable.register
def _(obj: int | float | bool | None):
    return obj


@to_jsonable.register
def _(obj: Decimal):
    return str(obj)


@to_jsonable.register
def _(obj: date):
    return obj.isoformat()


@to_jsonable.register
def _(obj: UUID):
    return str(obj)


@to_jsonable.register
def _(obj: Enum):
    return obj.value


@to_jsonable.register
def _(obj: list | tuple | set):
    return [to_jsonable(x) for x in obj]


@to_jsonable.register
def _(obj: dict):
    return {str(k): to_jsonable(v) for k, v in obj.items()}


class Status(Enum):
    OPEN = "open"
    PAID = "paid"


@dataclass
class Invoice:
    id: UUID
    issued: date
    amount: Decimal
    status: Status
    lines: list


if __name__ == "__main__":
    inv = Invoice(UUID("12345678-1234-5678-1234-567812345678"), date(2024, 3, 1),
                  Decimal("199.90"), Status.OPEN, [("widget", 2), {"note": None}])
    print(json.dumps(to_jsonable(inv), indent=1))
    print(to_jsonable(datetime(2024, 3, 1, 9, 30)))
    try:
        to_jsonable(object())
    except TypeError as e:
        print("error:", e)
