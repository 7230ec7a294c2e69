# family: ordinary, blind round 53 (enum plus dataclass events with singledispatch handlers)
from dataclasses import dataclass, field, asdict
from enum import Enum
from functools import singledispatch
from datetime import datetime, timezone
from collections import defaultdict


class Channel(Enum):
    EMAIL = "email"
    SMS = "sms"
    SLACK = "slack"


@dataclass(frozen=True)
class Event:
    user: str
    at: datetime = field(default_factory=lambda: datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc), compare=False)


@dataclass(frozen=True)
class SignedUp(Event):
    plan: str = "free"


@dataclass(frozen=True)
class PaymentFailed(Event):
    amount_cents: int = 0
    attempt: int = 1


@dataclass(frozen=True)
class Upgraded(SignedUp):
    previous: str = "free"


@singledispatch
def notify(event: Event) -> list[tuple[Channel, str]]:
    return []


@notify.register
def _(event: SignedUp):
    return [(Channel.EMAIL, f"Welcome {event.user}! You're on the {event.plan} plan.")]


@notify.register
def _(event: Upgraded):
    msgs = notify.dispatch(SignedUp)(event)  # reuse parent handler
    return msgs + [(Channel.SLACK, f"{event.user} upgraded {event.previous} -> {event.plan}")]


@notify.register
def _(event: PaymentFailed):
    out = [(Channel.EMAIL, f"Payment of ${event.amount_cents / 100:.2f} failed (attempt {event.attempt}).")]
    if event.attempt >= 3:
        out.append((Channel.SMS, f"{event.user}: card declined 3 times"))
    return out


if __name__ == "__main__":
    stream = [SignedUp("ana"), Upgraded("ben", plan="pro"), PaymentFailed("cy", amount_cents=1999, attempt=3), Event("dee")]
    outbox = defaultdict(list)
    for ev in stream:
        for channel, text in notify(ev):
            outbox[channel].append(text)
    for channel in Channel:
        print(f"[{channel.value}]")
        for msg in outbox[channel]:
            print("   ", msg)
    print(asdict(stream[2]) | {"at": stream[2].at.isoformat()})
