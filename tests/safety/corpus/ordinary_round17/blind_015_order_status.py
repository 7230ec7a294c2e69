"""Order lifecycle modelled as an Enum with transition rules."""
from enum import Enum


class InvalidTransition(Exception):
    pass


class OrderStatus(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def allowed_next(self) -> frozenset:
        return _TRANSITIONS[self]

    @property
    def is_final(self) -> bool:
        return not self.allowed_next

    def can_move_to(self, other: "OrderStatus") -> bool:
        return other in self.allowed_next

    def move_to(self, other: "OrderStatus") -> "OrderStatus":
        if not self.can_move_to(other):
            raise InvalidTransition(f"cannot go from {self.value} to {other.value}")
        return other

    @classmethod
    def parse(cls, text: str) -> "OrderStatus":
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise ValueError(f"unknown status {text!r}; expected one of "
                             f"{[s.value for s in cls]}") from None


_TRANSITIONS = {
    OrderStatus.PENDING: frozenset({OrderStatus.PAID, OrderStatus.CANCELLED}),
    OrderStatus.PAID: frozenset({OrderStatus.SHIPPED, OrderStatus.CANCELLED}),
    OrderStatus.SHIPPED: frozenset({OrderStatus.DELIVERED}),
    OrderStatus.DELIVERED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}


if __name__ == "__main__":
    s = OrderStatus.parse(" Pending ")
    for nxt in ("paid", "shipped", "delivered"):
        s = s.move_to(OrderStatus.parse(nxt))
        print(s, s.is_final)
    try:
        s.move_to(OrderStatus.CANCELLED)
    except InvalidTransition as exc:
        print(exc)
