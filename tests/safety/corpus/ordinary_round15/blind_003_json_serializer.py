"""Serialise nested Python data to JSON-safe structures (dates, decimals, sets, dataclasses)."""
import dataclasses
import datetime as dt
import json
from decimal import Decimal
from enum import Enum
from uuid import UUID


def to_jsonable(obj, _depth=0):
    if _depth > 50:
        raise ValueError("structure too deep")
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, (dt.datetime, dt.date, dt.time)):
        return obj.isoformat()
    if isinstance(obj, dt.timedelta):
        return obj.total_seconds()
    if isinstance(obj, UUID):
        return str(obj)
    if isinstance(obj, Enum):
        return obj.value
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name), _depth + 1) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v, _depth + 1) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v, _depth + 1) for v in obj]
    if isinstance(obj, (set, frozenset)):
        return sorted((to_jsonable(v, _depth + 1) for v in obj), key=repr)
    if isinstance(obj, bytes):
        return obj.hex()
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def dumps(obj, indent=None) -> str:
    return json.dumps(to_jsonable(obj), indent=indent, sort_keys=True)


if __name__ == "__main__":
    class Color(Enum):
        RED = "red"

    @dataclasses.dataclass
    class Item:
        name: str
        price: Decimal
        tags: set

    data = {"when": dt.date(2024, 5, 1), "items": [Item("pen", Decimal("1.50"), {"b", "a"})],
            "color": Color.RED, "id": UUID(int=5), "blob": b"\x01\x02", "dur": dt.timedelta(minutes=2)}
    print(dumps(data, indent=2))
