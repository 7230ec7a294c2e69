"""Generic finite state machine with guarded transitions and callbacks."""
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Transition:
    source: str
    trigger: str
    dest: str
    guard: Callable[[dict], bool] | None = None


@dataclass
class StateMachine:
    initial: str
    transitions: list[Transition] = field(default_factory=list)
    on_enter: dict[str, Callable[[str, dict], None]] = field(default_factory=dict)

    def __post_init__(self):
        self.state = self.initial
        self.log: list[str] = []

    def add(self, source: str, trigger: str, dest: str, guard=None) -> "StateMachine":
        self.transitions.append(Transition(source, trigger, dest, guard))
        return self

    def triggers(self) -> list[str]:
        return sorted({t.trigger for t in self.transitions if t.source in (self.state, "*")})

    def fire(self, trigger: str, **ctx) -> str:
        for t in self.transitions:
            if t.trigger == trigger and t.source in (self.state, "*"):
                if t.guard and not t.guard(ctx):
                    continue
                self.log.append(f"{self.state} --{trigger}--> {t.dest}")
                self.state = t.dest
                if callback := self.on_enter.get(t.dest):
                    callback(t.dest, ctx)
                return self.state
        raise ValueError(f"no transition for {trigger!r} from {self.state!r}")


if __name__ == "__main__":
    seen = []
    door = StateMachine("closed", on_enter={"open": lambda s, c: seen.append(c.get("who"))})
    door.add("closed", "open", "open").add("open", "close", "closed")
    door.add("closed", "lock", "locked")
    door.add("locked", "unlock", "closed", guard=lambda c: c.get("code") == "1234")
    door.add("*", "smash", "broken")
    door.fire("open", who="ann")
    door.fire("close")
    door.fire("lock")
    print(door.triggers())
    try:
        door.fire("unlock", code="0000")
    except ValueError as e:
        print("error:", e)
    door.fire("unlock", code="1234")
    print(door.state, door.log, seen)
