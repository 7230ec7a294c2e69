"""Enums with custom __new__ (per the enum docs) for planets and HTTP statuses."""
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    VENUS = (4.869e24, 6.0518e6)
    EARTH = (5.976e24, 6.37814e6)
    MARS = (6.421e23, 3.3972e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass: float, radius: float) -> None:
        self.mass = mass  # kg
        self.radius = radius  # m

    @property
    def surface_gravity(self) -> float:
        G = 6.67300e-11
        return G * self.mass / (self.radius * self.radius)

    def weight_of(self, earth_weight_kg: float) -> float:
        return earth_weight_kg * self.surface_gravity / Planet.EARTH.surface_gravity


class HttpStatus(Enum):
    """Members carry a code as value, plus a phrase and a category."""

    def __new__(cls, code: int, phrase: str):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.phrase = phrase
        return obj

    OK = (200, "OK")
    CREATED = (201, "Created")
    MOVED_PERMANENTLY = (301, "Moved Permanently")
    BAD_REQUEST = (400, "Bad Request")
    NOT_FOUND = (404, "Not Found")
    TOO_MANY_REQUESTS = (429, "Too Many Requests")
    INTERNAL_SERVER_ERROR = (500, "Internal Server Error")

    @property
    def category(self) -> str:
        return {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[self.value // 100]

    @property
    def retryable(self) -> bool:
        return self in (HttpStatus.TOO_MANY_REQUESTS,) or self.value >= 500


def weights_table(earth_weight_kg: float) -> dict[str, float]:
    return {p.name.title(): round(p.weight_of(earth_weight_kg), 1) for p in Planet}


def describe_status(code: int) -> str:
    status = HttpStatus(code)
    return f"{status.value} {status.phrase} ({status.category}, retry={status.retryable})"


if __name__ == "__main__":
    print(weights_table(70))
    for code in (200, 404, 429, 500):
        print(describe_status(code))
