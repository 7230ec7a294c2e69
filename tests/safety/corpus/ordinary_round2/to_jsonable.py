# ordinary: convert arbitrary Python values into JSON-friendly data with functools.singledispatch
import json
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from functools import singledispatch
from uuid import NAMESPACE_URL, UUID, uuid5


@singledispatch
def to_jsonable(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return to_jsonable(asdict(obj))
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


@to_jsonable.register(str)
@to_jsonable.register(int)
@to_jsonable.register(float)
@to_jsonable.register(bool)
@to_jsonable.register(type(None))
def _(obj):
    return obj


@to_jsonable.register
def _(obj: dict):
    return {str(k): to_jsonable(v) for k, v in obj.items()}


@to_jsonable.register(list)
@to_jsonable.register(tuple)
@to_jsonable.register(set)
@to_jsonable.register(frozenset)
def _(obj):
    items = sorted(obj, key=repr) if isinstance(obj, (set, frozenset)) else obj
    return [to_jsonable(x) for x in items]


@to_jsonable.register(date)
def _(obj):
    return obj.isoformat()


@to_jsonable.register
def _(obj: timedelta):
    return obj.total_seconds()


@to_jsonable.register(Decimal)
@to_jsonable.register(UUID)
def _(obj):
    return str(obj)


@to_jsonable.register
def _(obj: Enum):
    return obj.value


class Status(Enum):
    ACTIVE = "active"

@dataclass
class Order:
    id: UUID
    placed: datetime
    total: Decimal
    status: Status
    tags: set


if __name__ == "__main__":
    order = Order(uuid5(NAMESPACE_URL, "order/1"), datetime(2024, 3, 1, 9, 30), Decimal("19.90"), Status.ACTIVE, {"gift", "rush"})
    print(json.dumps(to_jsonable({"order": order, "ttl": timedelta(hours=1), "ids": (1, 2)}), indent=2))
    try:
        to_jsonable(object())
    except TypeError as e:
        print(e)
