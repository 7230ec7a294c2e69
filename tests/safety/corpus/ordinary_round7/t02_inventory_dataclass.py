# ordinary: inventory valuation with frozen dataclasses and validation in __post_init__
from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP
from typing import Any


class InventoryError(ValueError):
    """Raised when an inventory line is invalid."""

    def __init__(self, sku: str, reason: str) -> None:
        super().__init__(f"{sku}: {reason}")
        self.sku = sku
        self.reason = reason


@dataclass(frozen=True)
class Item:
    sku: str
    unit_price: Decimal
    quantity: int = 0
    tags: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.quantity < 0:
            raise InventoryError(self.sku, "negative quantity")
        object.__setattr__(self, "sku", self.sku.strip().upper())
        object.__setattr__(self, "unit_price", Decimal(str(self.unit_price)))

    @property
    def value(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def value_inventory(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Compute per-item and total stock value; bad rows are reported, not fatal."""
    good: list[Item] = []
    errors: list[str] = []
    for raw in items:
        try:
            good.append(Item(raw["sku"], raw["unit_price"], int(raw.get("quantity", 0)), tuple(raw.get("tags", []))))
        except InventoryError as exc:
            errors.append(str(exc))
        except (KeyError, ValueError, ArithmeticError) as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
    total = sum((it.value for it in good), Decimal("0"))
    return {
        "items": [{**asdict(it), "unit_price": str(it.unit_price), "value": str(it.value)} for it in good],
        "total": "{:,.2f}".format(total),
        "errors": errors,
    }


if __name__ == "__main__":
    print(value_inventory([{"sku": " ab1 ", "unit_price": "2.50", "quantity": 4}, {"sku": "x", "unit_price": 1, "quantity": -1}]))
