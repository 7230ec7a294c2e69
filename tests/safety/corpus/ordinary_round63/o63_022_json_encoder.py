# family: ordinary, blind round 63 (JSONEncoder subclass for rich Python types)
import json
import uuid
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


@dataclass
class Account:
    id: uuid.UUID
    owner: str
    balance: Decimal
    opened: date
    status: Status
    tags: frozenset


class RichEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, uuid.UUID):
            return str(o)
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if is_dataclass(o) and not isinstance(o, type):
            return {k: getattr(o, k) for k in asdict(o)}
        return super().default(o)


def dumps(obj, **kwargs):
    return json.dumps(obj, cls=RichEncoder, **kwargs)


if __name__ == "__main__":
    acct = Account(
        id=uuid.UUID("12345678-1234-5678-1234-567812345678"),
        owner="Grace",
        balance=Decimal("1024.50"),
        opened=date(2021, 3, 14),
        status=Status.ACTIVE,
        tags=frozenset({"vip", "early-adopter"}),
    )
    payload = {"account": acct, "generated": datetime(2024, 1, 1, 12, tzinfo=timezone.utc)}
    print(dumps(payload, indent=2))
    try:
        dumps({"bad": object()})
    except TypeError as exc:
        print("TypeError:", exc)
