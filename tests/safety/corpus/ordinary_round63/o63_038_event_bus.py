# family: ordinary, blind round 63 (publish/subscribe event bus with wildcard topics)
import fnmatch
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass(frozen=True)
class Message:
    topic: str
    payload: dict
    sent_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc), compare=False)


class HandlerErrors(Exception):
    def __init__(self, topic, errors):
        super().__init__(topic, errors)
        self.topic, self.errors = topic, errors

    def __str__(self):
        return f"{len(self.errors)} handler(s) failed for {self.topic!r}"


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, pattern):
        def decorator(fn):
            self._subs[pattern].append(fn)
            return fn
        return decorator

    def unsubscribe(self, pattern, fn):
        self._subs[pattern].remove(fn)

    def publish(self, topic, **payload):
        msg = Message(topic, payload)
        errors, delivered = [], 0
        for pattern, handlers in self._subs.items():
            if fnmatch.fnmatchcase(topic, pattern):
                for handler in handlers:
                    try:
                        handler(msg)
                        delivered += 1
                    except Exception as exc:
                        errors.append(exc)
        if errors:
            raise HandlerErrors(topic, errors)
        return delivered


if __name__ == "__main__":
    bus = EventBus()
    audit = []

    @bus.subscribe("user.*")
    def log_user(msg):
        audit.append(f"{msg.topic}: {msg.payload}")

    @bus.subscribe("user.deleted")
    def refuse(msg):
        raise PermissionError(f"cannot delete {msg.payload['name']}")

    print(bus.publish("user.created", name="ana"), bus.publish("order.placed", id=7))
    try:
        bus.publish("user.deleted", name="root")
    except HandlerErrors as exc:
        print(exc, exc.errors)
    bus.unsubscribe("user.deleted", refuse)
    print(bus.publish("user.deleted", name="guest"))
    print(*audit, sep="\n")
