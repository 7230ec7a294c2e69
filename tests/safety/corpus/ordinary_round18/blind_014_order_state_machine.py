"""Order lifecycle state machine with validated transitions and history."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum, auto


class OrderState(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    @property
    def is_terminal(self) -> bool:
        return self in {OrderState.DELIVERED, OrderState.CANCELLED, OrderState.REFUNDED}


TRANSITIONS: dict[OrderState, set[OrderState]] = {
    OrderState.CREATED: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.REFUNDED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
}


class InvalidTransition(Exception):
    def __init__(self, current: OrderState, target: OrderState) -> None:
        super().__init__(f"cannot go from {current.name} to {target.name}")
        self.current, self.target = current, target


@dataclass
class Order:
    order_id: str
    state: OrderState = OrderState.CREATED
    history: list[tuple[str, str]] = field(default_factory=list)

    def can(self, target: OrderState) -> bool:
        return target in TRANSITIONS.get(self.state, set())

    def advance(self, target: OrderState | str) -> "Order":
        if isinstance(target, str):
            target = OrderState[target.upper()]
        if not self.can(target):
            raise InvalidTransition(self.state, target)
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.history.append((self.state.name, stamp))
        self.state = target
        return self


def replay(order_id: str, events: list[str]) -> tuple[Order, list[str]]:
    """Apply events in order, collecting errors instead of stopping."""
    order, errors = Order(order_id), []
    for event in events:
        try:
            order.advance(event)
        except (InvalidTransition, KeyError) as exc:
            errors.append(f"{event}: {exc}")
    return order, errors


if __name__ == "__main__":
    order, errors = replay("A-100", ["paid", "delivered", "shipped", "bogus", "delivered", "refunded"])
    print(order.state, order.state.is_terminal, [h[0] for h in order.history])
    print(errors)
    print(OrderState(2), OrderState["SHIPPED"].value)
