# ordinary: traffic light finite state machine using Enum
from enum import Enum


class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    @property
    def duration(self):
        return DURATIONS[self]

    def next(self):
        return TRANSITIONS[self]


DURATIONS = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}
TRANSITIONS = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}


class TrafficLight:
    def __init__(self, start="RED"):
        self.state = Light[start.upper()]
        self.elapsed = 0
        self.history = [self.state]

    def tick(self, seconds=1):
        self.elapsed += seconds
        while self.elapsed >= self.state.duration:
            self.elapsed -= self.state.duration
            self.state = self.state.next()
            self.history.append(self.state)
        return self.state

    def force(self, value):
        """Force a state from its value, e.g. 'yellow'."""
        self.state = Light(value)
        self.elapsed = 0
        self.history.append(self.state)

    def __repr__(self):
        return f"<TrafficLight {self.state.name} {self.elapsed}s/{self.state.duration}s>"


if __name__ == "__main__":
    light = TrafficLight("red")
    for _ in range(4):
        light.tick(20)
        print(light)
    light.force("yellow")
    print(light, [s.name for s in light.history])
    print([member.value for member in Light], Light.__members__.keys())
    try:
        Light("blue")
    except ValueError as exc:
        print("error:", exc)
