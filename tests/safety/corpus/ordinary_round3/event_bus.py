# ordinary: simple publish/subscribe event bus with decorator-based subscriptions
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self._history = []

    def subscribe(self, event, handler=None, *, priority=0):
        """Use directly (bus.subscribe("x", fn)) or as a decorator (@bus.subscribe("x"))."""
        if handler is None:
            def decorator(fn):
                self.subscribe(event, fn, priority=priority)
                return fn
            return decorator
        self._handlers[event].append((priority, handler))
        self._handlers[event].sort(key=lambda pair: -pair[0])
        return handler

    def unsubscribe(self, event, handler):
        self._handlers[event] = [(p, h) for p, h in self._handlers[event] if h is not handler]

    def publish(self, event, **payload):
        self._history.append((event, payload))
        results = []
        for _, handler in self._handlers.get(event, []) + self._handlers.get("*", []):
            try:
                results.append(handler(event=event, **payload))
            except Exception as exc:  # one bad subscriber must not break the others
                results.append(f"{handler.__name__} failed: {type(exc).__name__}: {exc}")
        return results

    @property
    def history(self):
        return list(self._history)


bus = EventBus()


@bus.subscribe("user.created", priority=10)
def send_welcome(event, name, email):
    return f"welcome mail to {name} <{email}>"


@bus.subscribe("user.created")
def audit(event, **payload):
    return f"audit {event}: {sorted(payload)}"


@bus.subscribe("*")
def count(event, **payload):
    return f"seen {event}"


def broken(event, **payload):
    raise RuntimeError("boom")


if __name__ == "__main__":
    bus.subscribe("user.deleted", broken)
    print(bus.publish("user.created", name="Ada", email="ada@example.com"))
    print(bus.publish("user.deleted", name="Bob"))
    bus.unsubscribe("user.deleted", broken)
    print(bus.publish("user.deleted", name="Bob"), len(bus.history))
