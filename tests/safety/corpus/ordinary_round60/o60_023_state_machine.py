# family: ordinary, blind round 60 (order workflow state machine with Enum transitions)
from enum import Enum, auto
from dataclasses import dataclass, field
from datetime import datetime, timezone


class State(Enum):
    DRAFT = auto()
    SUBMITTED = auto()
    APPROVED = auto()
    REJECTED = auto()
    SHIPPED = auto()

    @property
    def is_final(self) -> bool:
        return self in (State.REJECTED, State.SHIPPED)


TRANSITIONS: dict[State, dict[str, State]] = {
    State.DRAFT: {"submit": State.SUBMITTED},
    State.SUBMITTED: {"approve": State.APPROVED, "reject": State.REJECTED, "revise": State.DRAFT},
    State.APPROVED: {"ship": State.SHIPPED},
}


class InvalidTransition(Exception):
    pass


@dataclass
class Workflow:
    name: str
    state: State = State.DRAFT
    history: list[tuple[str, State, State]] = field(default_factory=list)

    def available_actions(self) -> list[str]:
        return sorted(TRANSITIONS.get(self.state, {}))

    def fire(self, action: str) -> State:
        options = TRANSITIONS.get(self.state, {})
        if action not in options:
            raise InvalidTransition(
                f"cannot {action!r} from {self.state.name}; allowed: {self.available_actions()}")
        old, self.state = self.state, options[action]
        self.history.append((datetime.now(timezone.utc).strftime("%H:%M:%S"), old, self.state))
        return self.state


if __name__ == "__main__":
    wf = Workflow("PO-77")
    for action in ["submit", "revise", "submit", "approve", "reject", "ship"]:
        try:
            new = wf.fire(action)
            print(f"{action:8} -> {new.name}{' (final)' if new.is_final else ''}")
        except InvalidTransition as e:
            print("error:", e)
    print("transitions:", [(a.name, b.name) for _, a, b in wf.history])
