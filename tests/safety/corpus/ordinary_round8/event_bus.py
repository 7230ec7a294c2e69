"""A tiny in-process publish/subscribe event bus."""
from collections import defaultdict
from typing import Any, Callable

Handler = Callable[[dict[str, Any]], Any]


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[tuple[int, Handler]]] = defaultdict(list)
        self.delivered: list[str] = []

    def subscribe(self, topic: str, priority: int = 0) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self._handlers[topic].append((priority, fn))
            self._handlers[topic].sort(key=lambda pair: -pair[0])
            return fn
        return register

    def unsubscribe(self, topic: str, fn: Handler) -> bool:
        before = len(self._handlers[topic])
        self._handlers[topic] = [(p, h) for p, h in self._handlers[topic] if h is not fn]
        return len(self._handlers[topic]) < before

    def publish(self, topic: str, payload: dict[str, Any]) -> list[Any]:
        results = []
        targets = self._handlers.get(topic, []) + (self._handlers.get("*", []) if topic != "*" else [])
        for _, handler in targets:
            try:
                results.append(handler(payload))
                self.delivered.append(f"{topic} -> {handler.__name__}")
            except Exception as exc:  # one bad handler should not stop the others
                results.append(f"error in {handler.__name__}: {exc}")
        return results


def simulate_signup(users: list[str]) -> dict:
    bus = EventBus()
    audit: list[str] = []
    welcome_sent: list[str] = []

    @bus.subscribe("user.created", priority=10)
    def validate(evt: dict) -> str:
        if "@" not in evt["email"]:
            raise ValueError(f"bad email {evt['email']}")
        return "valid"

    @bus.subscribe("user.created")
    def send_welcome(evt: dict) -> str:
        welcome_sent.append(evt["email"])
        return "queued"

    @bus.subscribe("*")
    def audit_log(evt: dict) -> None:
        audit.append(evt.get("email", "?"))

    outcomes = {u: bus.publish("user.created", {"email": u}) for u in users}
    bus.unsubscribe("user.created", send_welcome)
    outcomes["late@example.com"] = bus.publish("user.created", {"email": "late@example.com"})
    return {"outcomes": outcomes, "welcome_sent": welcome_sent, "audit": audit, "deliveries": len(bus.delivered)}


if __name__ == "__main__":
    print(simulate_signup(["a@example.com", "broken", "b@example.com"]))
