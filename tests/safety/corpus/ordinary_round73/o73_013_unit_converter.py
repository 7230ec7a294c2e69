# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Unit conversion with enums and fractions for exact ratios."""
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction


class Dimension(Enum):
    LENGTH = "length"
    MASS = "mass"
    VOLUME = "volume"


class Unit(Enum):
    MILLIMETER = ("mm", Dimension.LENGTH, Fraction(1, 1000))
    METER = ("m", Dimension.LENGTH, Fraction(1))
    KILOMETER = ("km", Dimension.LENGTH, Fraction(1000))
    INCH = ("in", Dimension.LENGTH, Fraction(254, 10000))
    FOOT = ("ft", Dimension.LENGTH, Fraction(3048, 10000))
    GRAM = ("g", Dimension.MASS, Fraction(1, 1000))
    KILOGRAM = ("kg", Dimension.MASS, Fraction(1))
    POUND = ("lb", Dimension.MASS, Fraction(45359237, 100000000))
    LITER = ("l", Dimension.VOLUME, Fraction(1))
    MILLILITER = ("ml", Dimension.VOLUME, Fraction(1, 1000))

    def __init__(self, symbol: str, dimension: Dimension, factor: Fraction) -> None:
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor

    @classmethod
    def from_symbol(cls, symbol: str) -> "Unit":
        for unit in cls:
            if unit.symbol == symbol:
                return unit
        raise KeyError(f"unknown unit {symbol!r}")


class IncompatibleUnits(TypeError):
    pass


@dataclass(frozen=True)
class Quantity:
    value: Fraction
    unit: Unit

    def to(self, target: Unit) -> "Quantity":
        if target.dimension is not self.unit.dimension:
            raise IncompatibleUnits(f"cannot convert {self.unit.symbol} to {target.symbol}")
        return Quantity(self.value * self.unit.factor / target.factor, target)

    def __str__(self) -> str:
        return f"{float(self.value):.4g} {self.unit.symbol}"


def convert(text: str, target_symbol: str) -> Quantity:
    number, symbol = text.split()
    return Quantity(Fraction(number), Unit.from_symbol(symbol)).to(Unit.from_symbol(target_symbol))


if __name__ == "__main__":
    print(convert("5 ft", "m"))
    print(convert("1 km", "in"))
    print(convert("2.5 lb", "g"))
    print(Quantity(Fraction(1), Unit.INCH).to(Unit.MILLIMETER).value)
    try:
        convert("3 kg", "l")
    except IncompatibleUnits as e:
        print(e)
