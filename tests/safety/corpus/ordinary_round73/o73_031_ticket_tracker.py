# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Issue tracker with fields() driven filtering and replace() updates."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace, KW_ONLY
from datetime import date
from enum import StrEnum
from typing import Any, Optional

Labels = frozenset[str]


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class Ticket:
    id: int
    title: str
    _: KW_ONLY
    status: Status = Status.OPEN
    severity: Severity = Severity.MEDIUM
    assignee: Optional[str] = None
    labels: Labels = field(default_factory=frozenset)
    opened: date = date(2024, 1, 1)


_FIELD_NAMES = {f.name for f in fields(Ticket)}


def filter_tickets(tickets: list[Ticket], **criteria: Any) -> list[Ticket]:
    bad = set(criteria) - _FIELD_NAMES
    if bad:
        raise AttributeError(f"unknown ticket fields: {sorted(bad)}")
    return [t for t in tickets if all(asdict(t)[k] == v for k, v in criteria.items())]


def assign(ticket: Ticket, who: str) -> Ticket:
    if ticket.status is Status.CLOSED:
        raise ValueError(f"ticket {ticket.id} is closed")
    return replace(ticket, assignee=who, status=Status.IN_PROGRESS)


def triage_order(tickets: list[Ticket]) -> list[Ticket]:
    rank = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
    return sorted(tickets, key=lambda t: (t.status is Status.CLOSED, rank[t.severity], t.opened, t.id))


if __name__ == "__main__":
    ts = [
        Ticket(1, "Login broken", severity=Severity.HIGH, labels=frozenset({"auth"}), opened=date(2024, 2, 1)),
        Ticket(2, "Typo on homepage", severity=Severity.LOW),
        Ticket(3, "Slow search", opened=date(2023, 12, 5)),
        Ticket(4, "Crash on save", severity=Severity.HIGH, status=Status.CLOSED),
    ]
    ts[2] = assign(ts[2], "dana")
    print([t.id for t in triage_order(ts)])
    print([t.title for t in filter_tickets(ts, severity=Severity.HIGH)])
    print(filter_tickets(ts, assignee="dana")[0])
    try:
        filter_tickets(ts, priority="high")
    except AttributeError as e:
        print(e)
