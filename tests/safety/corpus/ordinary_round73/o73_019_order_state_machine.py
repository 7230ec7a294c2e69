# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Order lifecycle state machine with validated transitions."""
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, auto


class OrderState(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


TRANSITIONS: dict[OrderState, set[OrderState]] = {
    OrderState.CREATED: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.REFUNDED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
    OrderState.DELIVERED: {OrderState.REFUNDED},
    OrderState.CANCELLED: set(),
    OrderState.REFUNDED: set(),
}


class InvalidTransition(Exception):
    def __init__(self, current: OrderState, target: OrderState) -> None:
        super().__init__(f"cannot go from {current.name} to {target.name}")
        self.current = current
        self.target = target


@dataclass(frozen=True)
class HistoryEntry:
    state: OrderState
    at: datetime
    note: str = ""


@dataclass
class Order:
    order_id: str
    state: OrderState = OrderState.CREATED
    history: list[HistoryEntry] = field(default_factory=list)

    def transition(self, target: OrderState, note: str = "", at: datetime | None = None) -> None:
        if target not in TRANSITIONS[self.state]:
            raise InvalidTransition(self.state, target)
        self.history.append(HistoryEntry(self.state, at or datetime(2024, 1, 1), note))
        self.state = target

    @property
    def is_terminal(self) -> bool:
        return not TRANSITIONS[self.state]

    def allowed(self) -> list[str]:
        return sorted(s.name for s in TRANSITIONS[self.state])


if __name__ == "__main__":
    order = Order("ORD-1")
    print(order.state.name, order.allowed())
    order.transition(OrderState.PAID, "card")
    order.transition(OrderState.SHIPPED, "ups")
    try:
        order.transition(OrderState.CANCELLED)
    except InvalidTransition as e:
        print("rejected:", e)
    order.transition(OrderState.DELIVERED)
    print(order.state.name, order.is_terminal, [h.state.name for h in order.history])
