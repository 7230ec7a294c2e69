# ordinary: summarise nested inventory data and pretty-print it with pprint, deepcopy for what-if edits
import copy
from pprint import pformat

INVENTORY = {
    "warehouse-east": {
        "widgets": {"qty": 120, "reorder_at": 50, "bins": ["A1", "A2"]},
        "gadgets": {"qty": 8, "reorder_at": 20, "bins": ["C4"]},
    },
    "warehouse-west": {
        "widgets": {"qty": 30, "reorder_at": 50, "bins": ["B7"]},
        "gizmos": {"qty": 0, "reorder_at": 5, "bins": []},
    },
}


def needs_reorder(inventory: dict) -> list[tuple[str, str, int]]:
    out = []
    for site, items in inventory.items():
        for item, info in items.items():
            if info["qty"] <= info["reorder_at"]:
                out.append((site, item, info["reorder_at"] * 2 - info["qty"]))
    return sorted(out, key=lambda t: -t[2])


def totals(inventory: dict) -> dict[str, int]:
    result: dict[str, int] = {}
    for items in inventory.values():
        for item, info in items.items():
            result[item] = result.get(item, 0) + info["qty"]
    return dict(sorted(result.items()))


def what_if_transfer(inventory: dict, item: str, src: str, dst: str, qty: int) -> dict:
    scenario = copy.deepcopy(inventory)
    available = scenario[src][item]["qty"]
    if qty > available:
        raise ValueError(f"only {available} {item} at {src}")
    scenario[src][item]["qty"] -= qty
    scenario[dst].setdefault(item, {"qty": 0, "reorder_at": 0, "bins": []})["qty"] += qty
    return scenario


if __name__ == "__main__":
    print(pformat(totals(INVENTORY), width=40))
    print("reorder:", needs_reorder(INVENTORY))
    moved = what_if_transfer(INVENTORY, "widgets", "warehouse-east", "warehouse-west", 40)
    print("after transfer:", needs_reorder(moved))
    print("original untouched:", INVENTORY["warehouse-east"]["widgets"]["qty"] == 120)
    print(pformat(moved["warehouse-west"], sort_dicts=True, compact=True))
