"""Support ticket workflow: priorities with SLA data, and allowed state changes."""
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum, auto


class Priority(Enum):
    # (rank, response time in hours)
    LOW = (1, 72)
    NORMAL = (2, 24)
    HIGH = (3, 4)
    URGENT = (4, 1)

    def __init__(self, rank: int, response_hours: int) -> None:
        self.rank = rank
        self.response_hours = response_hours

    def __lt__(self, other: "Priority") -> bool:
        return self.rank < other.rank

    def escalate(self) -> "Priority":
        members = sorted(Priority)
        return members[min(members.index(self) + 1, len(members) - 1)]


class State(Enum):
    NEW = auto()
    OPEN = auto()
    WAITING = auto()
    RESOLVED = auto()
    CLOSED = auto()


ALLOWED = {
    State.NEW: {State.OPEN, State.CLOSED},
    State.OPEN: {State.WAITING, State.RESOLVED},
    State.WAITING: {State.OPEN, State.RESOLVED},
    State.RESOLVED: {State.OPEN, State.CLOSED},
    State.CLOSED: set(),
}


@dataclass
class Ticket:
    title: str
    created: datetime
    priority: Priority = Priority.NORMAL
    state: State = State.NEW
    history: list[tuple[State, State]] = field(default_factory=list)

    def move(self, new: State) -> None:
        if new not in ALLOWED[self.state]:
            raise ValueError(f"cannot go from {self.state.name} to {new.name}")
        self.history.append((self.state, new))
        self.state = new

    def response_due(self) -> datetime:
        return self.created + timedelta(hours=self.priority.response_hours)

    def is_breached(self, now: datetime) -> bool:
        return self.state is State.NEW and now > self.response_due()


if __name__ == "__main__":
    t = Ticket("Login page 500s", datetime(2024, 5, 1, 9, 0), Priority.HIGH)
    print(t.response_due(), t.is_breached(datetime(2024, 5, 1, 14, 0)))
    t.priority = t.priority.escalate()
    t.move(State.OPEN)
    t.move(State.RESOLVED)
    print(t.priority, t.state, [f"{a.name}->{b.name}" for a, b in t.history])
    print(sorted([Priority.URGENT, Priority.LOW, Priority.HIGH]))
