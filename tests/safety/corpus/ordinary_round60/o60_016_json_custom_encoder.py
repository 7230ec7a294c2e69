# family: ordinary, blind round 60 (JSON serialization with custom default and object_hook)
import json
import uuid
from dataclasses import dataclass, field, asdict, is_dataclass
from datetime import datetime, date
from decimal import Decimal
from enum import Enum


class Status(Enum):
    PENDING = "pending"
    PAID = "paid"


@dataclass
class Order:
    id: uuid.UUID
    placed: datetime
    total: Decimal
    status: Status = Status.PENDING
    tags: set[str] = field(default_factory=set)


def encode(obj):
    if isinstance(obj, (datetime, date)):
        return {"__type__": "datetime", "value": obj.isoformat()}
    if isinstance(obj, Decimal):
        return {"__type__": "decimal", "value": str(obj)}
    if isinstance(obj, uuid.UUID):
        return {"__type__": "uuid", "value": str(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, set):
        return sorted(obj)
    if is_dataclass(obj):
        return asdict(obj)
    raise TypeError(f"cannot serialize {type(obj).__name__}")


DECODERS = {
    "datetime": datetime.fromisoformat,
    "decimal": Decimal,
    "uuid": uuid.UUID,
}


def decode_hook(d: dict):
    kind = d.get("__type__")
    if kind in DECODERS:
        return DECODERS[kind](d["value"])
    return d


def order_from_json(text: str) -> Order:
    raw = json.loads(text, object_hook=decode_hook)
    raw["status"] = Status(raw["status"])
    raw["tags"] = set(raw["tags"])
    return Order(**raw)


if __name__ == "__main__":
    order = Order(uuid.UUID("12345678-1234-5678-1234-567812345678"),
                  datetime(2024, 6, 1, 14, 30), Decimal("99.95"), Status.PAID, {"gift", "express"})
    text = json.dumps(order, default=encode, indent=2)
    print(text)
    back = order_from_json(text)
    print(back)
    print("round-trip equal:", back == order)
    try:
        json.dumps({"x": object()}, default=encode)
    except TypeError as e:
        print("error:", e)
