# ordinary: enum for order status with case-insensitive lookup (_missing_), choices list and transitions
from enum import Enum


class OrderStatus(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.strip().lower():
                    return member
        return None

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(name, member.value.title()) for name, member in cls.__members__.items()]

    def can_become(self, new: "OrderStatus") -> bool:
        return new in TRANSITIONS.get(self, set())

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS.get(self)


TRANSITIONS = {
    OrderStatus.PENDING: {OrderStatus.PAID, OrderStatus.CANCELLED},
    OrderStatus.PAID: {OrderStatus.SHIPPED, OrderStatus.CANCELLED},
    OrderStatus.SHIPPED: {OrderStatus.DELIVERED},
}


def advance(current: str, new: str) -> OrderStatus:
    a, b = OrderStatus(current), OrderStatus(new)
    if not a.can_become(b):
        raise ValueError(f"cannot move order from {a.value} to {b.value}")
    return b


if __name__ == "__main__":
    print(OrderStatus("  PAID "), OrderStatus.choices())
    print(advance("pending", "Paid"), [s.name for s in OrderStatus if s.is_final])
    try:
        advance("delivered", "pending")
    except ValueError as e:
        print(e)
    try:
        OrderStatus("lost")
    except ValueError as e:
        print(e)
