# family: ordinary, blind round 61 (inventory reorder planner)
import heapq
import math
from dataclasses import dataclass, field
from operator import attrgetter


@dataclass(order=True)
class ReorderNeed:
    days_of_cover: float
    sku: str = field(compare=False)
    order_qty: int = field(compare=False)
    cost: float = field(compare=False)


def _economic_order_qty(annual_demand: float, order_cost: float, holding_cost: float) -> int:
    return max(1, round(math.sqrt(2 * annual_demand * order_cost / holding_cost)))


def plan_reorders(stock: list[dict], budget: float, lead_time_days: int = 7, safety_days: int = 3,
                  order_cost: float = 25.0, holding_rate: float = 0.2) -> dict:
    """Decide which SKUs to reorder first (lowest days of cover) within a purchase budget.

    Each stock dict needs: sku, on_hand, daily_demand, unit_cost.
    """
    needs: list[ReorderNeed] = []
    for item in stock:
        demand = item["daily_demand"]
        if demand <= 0:
            continue
        cover = item["on_hand"] / demand
        reorder_point = demand * (lead_time_days + safety_days)
        if item["on_hand"] <= reorder_point:
            qty = _economic_order_qty(demand * 365, order_cost, item["unit_cost"] * holding_rate)
            heapq.heappush(needs, ReorderNeed(round(cover, 2), item["sku"], qty, round(qty * item["unit_cost"], 2)))
    approved, deferred, remaining = [], [], budget
    while needs:
        need = heapq.heappop(needs)
        target = approved if need.cost <= remaining else deferred
        if target is approved:
            remaining -= need.cost
        target.append(need)
    as_dict = lambda n: {"sku": n.sku, "days_of_cover": n.days_of_cover, "qty": n.order_qty, "cost": n.cost}
    return {
        "approved": [as_dict(n) for n in approved],
        "deferred": [as_dict(n) for n in sorted(deferred, key=attrgetter("cost"))],
        "budget_left": round(remaining, 2),
    }


if __name__ == "__main__":
    inventory = [
        {"sku": "BOLT-M6", "on_hand": 120, "daily_demand": 40, "unit_cost": 0.05},
        {"sku": "PUMP-X", "on_hand": 2, "daily_demand": 0.5, "unit_cost": 310.0},
        {"sku": "FILTER", "on_hand": 30, "daily_demand": 4, "unit_cost": 12.0},
        {"sku": "GASKET", "on_hand": 500, "daily_demand": 10, "unit_cost": 0.8},
        {"sku": "VALVE", "on_hand": 5, "daily_demand": 1, "unit_cost": 45.0},
    ]
    print(plan_reorders(inventory, budget=1500))
