"""Simulate a traffic light state machine driven by enum patterns."""
from enum import Enum, auto
from typing import Final


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()
    FLASHING = auto()


class Event(Enum):
    TIMER = auto()
    FAULT = auto()
    RESET = auto()


DURATIONS: Final[dict[Light, int]] = {
    Light.RED: 30,
    Light.GREEN: 25,
    Light.YELLOW: 5,
    Light.FLASHING: 0,
}


def step(state: Light, event: Event) -> Light:
    match (state, event):
        case (_, Event.FAULT):
            return Light.FLASHING
        case (Light.FLASHING, Event.RESET):
            return Light.RED
        case (Light.FLASHING, _):
            return Light.FLASHING
        case (Light.RED, Event.TIMER):
            return Light.GREEN
        case (Light.GREEN, Event.TIMER):
            return Light.YELLOW
        case (Light.YELLOW, Event.TIMER):
            return Light.RED
        case (s, Event.RESET):
            return s
    raise AssertionError("unreachable")


def simulate(events: list[str], start: str = "RED") -> dict[str, object]:
    """Entry point: run events, return final state and elapsed seconds."""
    state = Light[start.upper()]
    elapsed = 0
    history: list[str] = [state.name]
    for name in events:
        ev = Event[name.upper()]
        if ev is Event.TIMER:
            elapsed += DURATIONS[state]
        state = step(state, ev)
        history.append(state.name)
    return {"final": state.name, "elapsed": elapsed, "history": history}
