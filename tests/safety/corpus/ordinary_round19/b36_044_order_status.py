"""Order lifecycle as a state machine driven by an Enum with transition rules."""
from dataclasses import dataclass, field
from enum import Enum


class OrderStatus(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"

    def allowed_next(self) -> set["OrderStatus"]:
        return TRANSITIONS[self]

    def can_transition_to(self, other: "OrderStatus") -> bool:
        return other in self.allowed_next()

    @property
    def is_final(self) -> bool:
        return not self.allowed_next()


TRANSITIONS: dict[OrderStatus, set[OrderStatus]] = {
    OrderStatus.PENDING: {OrderStatus.PAID, OrderStatus.CANCELLED},
    OrderStatus.PAID: {OrderStatus.SHIPPED, OrderStatus.REFUNDED},
    OrderStatus.SHIPPED: {OrderStatus.DELIVERED},
    OrderStatus.DELIVERED: {OrderStatus.REFUNDED},
    OrderStatus.CANCELLED: set(),
    OrderStatus.REFUNDED: set(),
}


class InvalidTransition(Exception):
    pass


@dataclass
class Order:
    order_id: str
    status: OrderStatus = OrderStatus.PENDING
    log: list[str] = field(default_factory=list)

    def advance(self, new_status: OrderStatus | str) -> None:
        target = OrderStatus(new_status) if isinstance(new_status, str) else new_status
        if not self.status.can_transition_to(target):
            raise InvalidTransition(f"{self.order_id}: {self.status.value} -> {target.value} not allowed")
        self.log.append(f"{self.status.value} -> {target.value}")
        self.status = target


if __name__ == "__main__":
    order = Order("ORD-1001")
    for step in ["paid", "shipped", "delivered"]:
        order.advance(step)
    print(order.status, order.log)
    print(order.status.allowed_next(), OrderStatus.CANCELLED.is_final)
    try:
        Order("ORD-1002").advance(OrderStatus.SHIPPED)
    except InvalidTransition as exc:
        print("error:", exc)
