"""Temperature conversion with an Enum of units."""

from enum import Enum


class Unit(Enum):
    CELSIUS = "C"
    FAHRENHEIT = "F"
    KELVIN = "K"

    @classmethod
    def parse(cls, text: str) -> "Unit":
        key = text.strip().upper()[:1]
        for unit in cls:
            if unit.value == key:
                return unit
        raise ValueError(f"unknown unit {text!r}")

    def to_kelvin(self, value: float) -> float:
        if self is Unit.CELSIUS:
            return value + 273.15
        if self is Unit.FAHRENHEIT:
            return (value - 32) * 5 / 9 + 273.15
        return value

    def from_kelvin(self, kelvin: float) -> float:
        if self is Unit.CELSIUS:
            return kelvin - 273.15
        if self is Unit.FAHRENHEIT:
            return (kelvin - 273.15) * 9 / 5 + 32
        return kelvin


def convert_temperature(value: float, source: str, target: str) -> float:
    src, dst = Unit.parse(source), Unit.parse(target)
    kelvin = src.to_kelvin(value)
    if kelvin < 0:
        raise ValueError("temperature below absolute zero")
    return round(dst.from_kelvin(kelvin), 2)


if __name__ == "__main__":
    print(convert_temperature(100, "celsius", "fahrenheit"))
    print(convert_temperature(-40, "F", "C"))
    print(convert_temperature(0, "C", "K"))
