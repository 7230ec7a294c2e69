"""Convert between units of length, mass and temperature."""
from enum import Enum
from typing import Literal


class Length(Enum):
    # value: (symbol, metres per unit)
    MILLIMETRE = ("mm", 0.001)
    CENTIMETRE = ("cm", 0.01)
    METRE = ("m", 1.0)
    KILOMETRE = ("km", 1000.0)
    INCH = ("in", 0.0254)
    FOOT = ("ft", 0.3048)
    MILE = ("mi", 1609.344)

    def __init__(self, symbol: str, factor: float) -> None:
        self.symbol = symbol
        self.factor = factor

    @classmethod
    def from_symbol(cls, symbol: str) -> "Length":
        for unit in cls:
            if unit.symbol == symbol:
                return unit
        raise ValueError(f"unknown length unit: {symbol}")


class Mass(Enum):
    GRAM = ("g", 1.0)
    KILOGRAM = ("kg", 1000.0)
    OUNCE = ("oz", 28.349523125)
    POUND = ("lb", 453.59237)

    def __init__(self, symbol: str, factor: float) -> None:
        self.symbol = symbol
        self.factor = factor


def convert_length(value: float, src: str, dst: str) -> float:
    a, b = Length.from_symbol(src), Length.from_symbol(dst)
    return round(value * a.factor / b.factor, 6)


def convert_mass(value: float, src: str, dst: str) -> float:
    units = {m.symbol: m for m in Mass}
    return round(value * units[src].factor / units[dst].factor, 6)


TempUnit = Literal["C", "F", "K"]


def convert_temperature(value: float, src: TempUnit, dst: TempUnit) -> float:
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    return round(from_c[dst](to_c[src](value)), 2)


if __name__ == "__main__":
    print(convert_length(5, "km", "mi"))
    print(convert_length(72, "in", "cm"))
    print(convert_mass(150, "lb", "kg"))
    print(convert_temperature(98.6, "F", "C"), convert_temperature(0, "C", "K"))
