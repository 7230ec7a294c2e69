# ordinary: traffic light state machine using Enum with auto() and methods on members
from enum import Enum, auto
from itertools import islice


class Light(Enum):
    RED = auto()
    RED_AMBER = auto()
    GREEN = auto()
    AMBER = auto()

    @property
    def duration(self) -> int:
        return {Light.RED: 30, Light.RED_AMBER: 2, Light.GREEN: 25, Light.AMBER: 3}[self]

    def next(self) -> "Light":
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    def can_go(self) -> bool:
        return self is Light.GREEN

    def __str__(self) -> str:
        return self.name.replace("_", "+").lower()


class TrafficLight:
    def __init__(self, start: Light = Light.RED) -> None:
        self.state = start
        self.elapsed = 0

    def tick(self, seconds: int = 1) -> list[Light]:
        """Advance time; return the states entered during the tick."""
        entered = []
        self.elapsed += seconds
        while self.elapsed >= self.state.duration:
            self.elapsed -= self.state.duration
            self.state = self.state.next()
            entered.append(self.state)
        return entered

    def cycle(self):
        state = self.state
        while True:
            yield state, state.duration
            state = state.next()


if __name__ == "__main__":
    tl = TrafficLight()
    for state, secs in islice(tl.cycle(), 5):
        print(f"{str(state):<10} {secs:>3}s  go={state.can_go()}")
    print("after 31s:", [str(s) for s in tl.tick(31)], "now", tl.state)
