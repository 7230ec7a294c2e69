"""Validate, price and summarise a batch of orders (a longer ordinary tool for the benchmark)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import Any, Iterable, Optional

SKU = re.compile(r"^[A-Z]{3}-\d{4}$")
CENT = Decimal("0.01")


class Status(str, Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


class OrderError(ValueError):
    def __init__(self, order_id: str, problems: list[str]) -> None:
        super().__init__(f"order {order_id}: " + "; ".join(problems))
        self.order_id = order_id
        self.problems = problems


@dataclass
class Line:
    sku: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Order:
    order_id: str
    customer: str
    placed: date
    status: Status = Status.NEW
    lines: list[Line] = field(default_factory=list)
    coupon: Optional[str] = None

    def subtotal(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0"))

    def discount(self) -> Decimal:
        if self.coupon == "SAVE10":
            return (self.subtotal() * Decimal("0.10")).quantize(CENT)
        if self.coupon == "BULK" and sum(line.quantity for line in self.lines) >= 10:
            return Decimal("5.00")
        return Decimal("0")

    def total(self) -> Decimal:
        return max(self.subtotal() - self.discount(), Decimal("0"))


def parse_order(raw: dict[str, Any]) -> Order:
    problems = []
    order_id = str(raw.get("id", "?"))
    try:
        placed = datetime.strptime(raw["placed"], "%Y-%m-%d").date()
    except (KeyError, ValueError):
        problems.append("placed must be a YYYY-MM-DD date")
        placed = date.min
    lines = []
    for index, item in enumerate(raw.get("lines", [])):
        sku = str(item.get("sku", ""))
        if not SKU.match(sku):
            problems.append(f"line {index}: bad sku {sku!r}")
        quantity = item.get("quantity", 0)
        if not isinstance(quantity, int) or quantity <= 0:
            problems.append(f"line {index}: quantity must be a positive integer")
            continue
        lines.append(Line(sku, quantity, Decimal(str(item.get("price", "0")))))
    if not lines:
        problems.append("an order needs at least one line")
    if problems:
        raise OrderError(order_id, problems)
    status = Status(raw.get("status", "new"))
    return Order(order_id, str(raw.get("customer", "")), placed, status, lines, raw.get("coupon"))


def summarise(orders: Iterable[Order], today: date) -> dict[str, Any]:
    revenue: dict[str, Decimal] = defaultdict(Decimal)
    statuses = Counter(order.status.value for order in orders)
    late = []
    for order in orders:
        if order.status is not Status.CANCELLED:
            revenue[order.customer] += order.total()
        if order.status is Status.PAID and today - order.placed > timedelta(days=3):
            late.append(order.order_id)
    top = sorted(revenue.items(), key=lambda kv: kv[1], reverse=True)[:3]
    return {"statuses": dict(statuses), "late": sorted(late), "top_customers": [[c, str(v)] for c, v in top]}


def process_orders(payload: str, today: str = "2024-03-01") -> str:
    """Parse a JSON list of orders, report the invalid ones and summarise the rest."""
    orders, errors = [], []
    for raw in json.loads(payload):
        try:
            orders.append(parse_order(raw))
        except OrderError as exc:
            errors.append({"id": exc.order_id, "problems": exc.problems})
    summary = summarise(orders, date.fromisoformat(today))
    summary["errors"] = errors
    summary["orders"] = [asdict(o) | {"total": str(o.total())} for o in orders[:2]]
    return json.dumps(summary, default=str, indent=2)
