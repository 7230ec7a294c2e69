from enum import Enum, unique


@unique
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"


TRANSITIONS: dict[State, dict[str, State]] = {
    State.IDLE: {"start": State.RUNNING},
    State.RUNNING: {"pause": State.PAUSED, "finish": State.DONE, "fail": State.FAILED},
    State.PAUSED: {"resume": State.RUNNING, "fail": State.FAILED},
    State.DONE: {},
    State.FAILED: {"retry": State.IDLE},
}


class InvalidTransition(Exception):
    pass


class Job:
    def __init__(self, name: str) -> None:
        self.name = name
        self.state = State.IDLE
        self.history = [self.state]

    def fire(self, event: str) -> State:
        options = TRANSITIONS[self.state]
        if event not in options:
            allowed = ", ".join(sorted(options)) or "nothing"
            raise InvalidTransition(f"{self.name}: cannot {event} while {self.state.value}; allowed: {allowed}")
        self.state = options[event]
        self.history.append(self.state)
        return self.state


def run_events(events: list[str]) -> dict:
    job = Job("job")
    errors = []
    for event in events:
        try:
            job.fire(event)
        except InvalidTransition as exc:
            errors.append(str(exc))
    return {"state": job.state.value, "history": [s.value for s in job.history], "errors": errors}
