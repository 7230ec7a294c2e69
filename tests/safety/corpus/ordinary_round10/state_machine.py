"""A simple order-status state machine with allowed transitions."""

from enum import Enum, auto


class Status(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


TRANSITIONS: dict[Status, set[Status]] = {
    Status.CREATED: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.REFUNDED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: {Status.REFUNDED},
    Status.CANCELLED: set(),
    Status.REFUNDED: set(),
}


class InvalidTransition(Exception):
    def __init__(self, current: Status, target: Status) -> None:
        super().__init__(f"cannot go from {current.name} to {target.name}")
        self.current, self.target = current, target


class Order:
    def __init__(self, order_id: str) -> None:
        self.order_id = order_id
        self.status = Status.CREATED
        self.history = [Status.CREATED]

    def advance(self, target: Status) -> None:
        if target not in TRANSITIONS[self.status]:
            raise InvalidTransition(self.status, target)
        self.status = target
        self.history.append(target)

    def __repr__(self) -> str:
        return f"Order({self.order_id!r}, status={self.status.name})"


def run_order_events(order_id: str, events: list[str]) -> dict[str, object]:
    order = Order(order_id)
    rejected = []
    for event in events:
        try:
            order.advance(Status[event.upper()])
        except KeyError:
            rejected.append(f"{event}: unknown status")
        except InvalidTransition as exc:
            rejected.append(str(exc))
    return {"order": repr(order), "history": [s.name for s in order.history], "rejected": rejected}


if __name__ == "__main__":
    print(run_order_events("A-17", ["paid", "delivered", "shipped", "delivered", "lost", "refunded"]))
