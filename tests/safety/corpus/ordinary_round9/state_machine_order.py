"""Order lifecycle state machine with transition table and history."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Status(str, Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


TRANSITIONS: dict[Status, set[Status]] = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
}


class TransitionError(Exception):
    def __init__(self, current: Status, target: Status) -> None:
        super().__init__(f"cannot go from {current.value} to {target.value}")
        self.current, self.target = current, target


@dataclass
class Order:
    ident: str
    status: Status = Status.NEW
    history: list[tuple[Status, Status]] = field(default_factory=list)

    def move(self, target: Status) -> None:
        if target not in TRANSITIONS[self.status]:
            raise TransitionError(self.status, target)
        self.history.append((self.status, target))
        self.status = target

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self.status]


def process_order(ident: str, steps: list[str]) -> dict[str, object]:
    """Entry point: apply status names in order; record rejected moves."""
    order = Order(ident)
    rejected: list[str] = []
    for step in steps:
        try:
            order.move(Status(step))
        except TransitionError as err:
            rejected.append(str(err))
        except ValueError:
            rejected.append(f"unknown status {step!r}")
    trail = " -> ".join([Status.NEW.value] + [new.value for _, new in order.history])
    return {"status": order.status.value, "final": order.is_final, "trail": trail, "rejected": rejected}
