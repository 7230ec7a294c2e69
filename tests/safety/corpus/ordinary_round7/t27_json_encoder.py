# ordinary: serialise records containing dates, decimals, sets and dataclasses
import json
from dataclasses import dataclass, is_dataclass, asdict, fields
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any


class Status(Enum):
    ACTIVE = "active"
    CLOSED = "closed"


@dataclass
class Account:
    id: int
    opened: date
    balance: Decimal
    status: Status


class RichEncoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Enum):
            return o.value
        if is_dataclass(o) and not isinstance(o, type):
            return {f.name: getattr(o, f.name) for f in fields(o)}
        return super().default(o)


def serialize_accounts(accounts: list[dict[str, Any]], pretty: bool = False) -> str:
    """Build Account objects from dicts and dump them as JSON."""
    objs = [Account(a["id"], date.fromisoformat(a["opened"]), Decimal(str(a["balance"])), Status(a.get("status", "active")))
            for a in accounts]
    payload = {"accounts": objs, "ids": {a.id for a in objs}, "first": asdict(objs[0]) if objs else None}
    return json.dumps(payload, cls=RichEncoder, indent=2 if pretty else None, sort_keys=True)


if __name__ == "__main__":
    print(serialize_accounts([{"id": 1, "opened": "2020-01-02", "balance": 10.5}]))
