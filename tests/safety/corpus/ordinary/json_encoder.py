import json
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from uuid import UUID


class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass
class Ticket:
    id: UUID
    title: str
    opened: datetime
    status: Status
    cost: Decimal


class RichEncoder(json.JSONEncoder):
    """Encode dates, decimals, enums, UUIDs, sets and dataclasses."""

    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, UUID):
            return str(o)
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if is_dataclass(o) and not isinstance(o, type):
            return asdict(o)
        return super().default(o)


def encode_ticket(title: str, cost: str) -> str:
    ticket = Ticket(UUID(int=42), title, datetime(2024, 5, 1, 12, 30), Status.OPEN, Decimal(cost))
    return json.dumps({"ticket": ticket, "labels": {"b", "a"}}, cls=RichEncoder, sort_keys=True)
