# family: ordinary, blind round 48 (json default= and object_hook round-tripping)
import json
from datetime import datetime, date, timezone
from decimal import Decimal
from uuid import UUID
from enum import Enum


class Priority(Enum):
    LOW = 1
    HIGH = 3


def encode_extra(obj):
    """Used as json.dumps(default=...): tag non-JSON types so they can be revived."""
    if isinstance(obj, datetime):
        return {"__type__": "datetime", "value": obj.isoformat()}
    if isinstance(obj, date):
        return {"__type__": "date", "value": obj.isoformat()}
    if isinstance(obj, Decimal):
        return {"__type__": "decimal", "value": str(obj)}
    if isinstance(obj, UUID):
        return {"__type__": "uuid", "value": obj.hex}
    if isinstance(obj, (set, frozenset)):
        return {"__type__": "set", "value": sorted(obj)}
    if isinstance(obj, Enum):
        return {"__type__": "enum", "value": f"{type(obj).__name__}.{obj.name}"}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


ENUMS = {"Priority": Priority}
DECODERS = {
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "decimal": Decimal,
    "uuid": UUID,
    "set": set,
    "enum": lambda v: ENUMS[v.split(".")[0]][v.split(".")[1]],
}


def decode_extra(d):
    kind = d.get("__type__")
    if kind in DECODERS and set(d) == {"__type__", "value"}:
        return DECODERS[kind](d["value"])
    return d


if __name__ == "__main__":
    task = {
        "id": UUID("6f1c2b1e-9a1d-4c55-8f1b-1b2c3d4e5f60"),
        "title": "Renew TLS certificate",
        "due": date(2024, 8, 31),
        "created": datetime(2024, 8, 1, 9, 15, tzinfo=timezone.utc),
        "budget": Decimal("149.90"),
        "labels": {"ops", "security"},
        "priority": Priority.HIGH,
    }
    wire = json.dumps(task, default=encode_extra, separators=(",", ":"))
    print(f"{len(wire)} bytes:", wire[:90], "...")
    back = json.loads(wire, object_hook=decode_extra)
    print("identical after round trip:", back == task)
    for k, v in back.items():
        print(f"  {k:<9}{type(v).__name__:<10}{v}")
    try:
        json.dumps({"cb": print}, default=encode_extra)
    except TypeError as e:
        print("error:", e)
