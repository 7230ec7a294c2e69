from abc import ABC, abstractmethod
from typing import Protocol, runtime_checkable


@runtime_checkable
class Sensor(Protocol):
    def read(self) -> float: ...


class Scale(ABC):
    symbol: str = "?"

    @abstractmethod
    def to_kelvin(self, value: float) -> float: ...

    @abstractmethod
    def from_kelvin(self, value: float) -> float: ...

    def convert(self, value: float, other: "Scale") -> float:
        return round(other.from_kelvin(self.to_kelvin(value)), 3)


class Celsius(Scale):
    symbol = "C"

    def to_kelvin(self, value: float) -> float:
        return value + 273.15

    def from_kelvin(self, value: float) -> float:
        return value - 273.15


class Fahrenheit(Scale):
    symbol = "F"

    def to_kelvin(self, value: float) -> float:
        return (value - 32) * 5 / 9 + 273.15

    def from_kelvin(self, value: float) -> float:
        return (value - 273.15) * 9 / 5 + 32


class Kelvin(Scale):
    symbol = "K"

    def to_kelvin(self, value: float) -> float:
        return value

    def from_kelvin(self, value: float) -> float:
        return value


SCALES = {cls.symbol: cls() for cls in (Celsius, Fahrenheit, Kelvin)}


def convert_temperature(value: float, source: str, target: str) -> float:
    if value < -459.67 and source == "F":
        raise ValueError("below absolute zero")
    return SCALES[source.upper()].convert(value, SCALES[target.upper()])
