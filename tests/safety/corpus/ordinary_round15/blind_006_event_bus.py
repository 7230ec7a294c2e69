"""Simple synchronous event bus with decorator-based subscription and wildcard topics."""
from collections import defaultdict
from fnmatch import fnmatch


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
        self.history = []

    def on(self, pattern):
        def decorator(fn):
            self._subs[pattern].append(fn)
            return fn
        return decorator

    def subscribe(self, pattern, fn):
        self._subs[pattern].append(fn)
        return lambda: self._subs[pattern].remove(fn)

    def emit(self, topic, **payload):
        results = []
        for pattern, handlers in list(self._subs.items()):
            if fnmatch(topic, pattern):
                for handler in list(handlers):
                    results.append(handler(topic, **payload))
        self.history.append((topic, payload))
        return results


def simulate_orders(orders: list) -> dict:
    """Run a list of order events through a bus and return aggregated stats."""
    bus = EventBus()
    stats = {"placed": 0, "revenue": 0.0, "cancelled": 0, "log": []}

    @bus.on("order.placed")
    def placed(topic, amount, **_):
        stats["placed"] += 1
        stats["revenue"] += amount

    @bus.on("order.cancelled")
    def cancelled(topic, amount, **_):
        stats["cancelled"] += 1
        stats["revenue"] -= amount

    @bus.on("order.*")
    def log(topic, **payload):
        stats["log"].append(f"{topic}:{payload.get('id')}")

    for o in orders:
        bus.emit(f"order.{o['event']}", id=o["id"], amount=o.get("amount", 0.0))
    stats["revenue"] = round(stats["revenue"], 2)
    return stats


if __name__ == "__main__":
    print(simulate_orders([{"event": "placed", "id": 1, "amount": 9.5},
                           {"event": "placed", "id": 2, "amount": 20},
                           {"event": "cancelled", "id": 1, "amount": 9.5},
                           {"event": "shipped", "id": 2}]))
