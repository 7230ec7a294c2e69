from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP
from typing import Iterable, TypedDict


class Sale(TypedDict):
    region: str
    product: str
    quantity: int
    unit_price: str


def aggregate_sales(sales: Iterable[Sale], by: str = "region") -> dict[str, dict[str, str]]:
    """Total revenue and units grouped by region or product."""
    if by not in ("region", "product"):
        raise ValueError("by must be 'region' or 'product'")
    revenue: dict[str, Decimal] = defaultdict(Decimal)
    units: dict[str, int] = defaultdict(int)
    for sale in sales:
        key = sale[by]
        amount = Decimal(sale["unit_price"]) * sale["quantity"]
        revenue[key] += amount
        units[key] += sale["quantity"]
    cents = Decimal("0.01")
    return {
        key: {
            "revenue": str(revenue[key].quantize(cents, rounding=ROUND_HALF_UP)),
            "units": str(units[key]),
        }
        for key in sorted(revenue)
    }
