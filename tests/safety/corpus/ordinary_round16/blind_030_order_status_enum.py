"""Order workflow with an Enum-based state machine."""
from enum import Enum, auto


class OrderStatus(Enum):
    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    @property
    def is_final(self) -> bool:
        return self in {OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.REFUNDED}

    @classmethod
    def parse(cls, text: str) -> "OrderStatus":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown status {text!r}; expected one of {[s.name for s in cls]}") from None


TRANSITIONS = {
    OrderStatus.PENDING: {OrderStatus.PAID, OrderStatus.CANCELLED},
    OrderStatus.PAID: {OrderStatus.SHIPPED, OrderStatus.REFUNDED},
    OrderStatus.SHIPPED: {OrderStatus.DELIVERED},
    OrderStatus.DELIVERED: {OrderStatus.REFUNDED},
}


class Order:
    def __init__(self, order_id: str):
        self.order_id = order_id
        self.status = OrderStatus.PENDING
        self.history: list[tuple[str, str]] = []

    def advance(self, new_status: str | OrderStatus) -> "Order":
        target = new_status if isinstance(new_status, OrderStatus) else OrderStatus.parse(new_status)
        allowed = TRANSITIONS.get(self.status, set())
        if target not in allowed:
            raise ValueError(f"cannot go from {self.status.name} to {target.name}")
        self.history.append((self.status.name, target.name))
        self.status = target
        return self

    def __repr__(self) -> str:
        return f"<Order {self.order_id} {self.status.name}{' (final)' if self.status.is_final else ''}>"


if __name__ == "__main__":
    o = Order("A-1").advance("paid").advance(OrderStatus.SHIPPED).advance("delivered")
    print(o, o.history)
    try:
        Order("B-2").advance("shipped")
    except ValueError as e:
        print("error:", e)
