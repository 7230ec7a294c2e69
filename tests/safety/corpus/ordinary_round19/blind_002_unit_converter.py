"""Convert lengths between metric and imperial units using an Enum of units."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class LengthUnit(Enum):
    MILLIMETER = ("mm", 0.001)
    CENTIMETER = ("cm", 0.01)
    METER = ("m", 1.0)
    KILOMETER = ("km", 1000.0)
    INCH = ("in", 0.0254)
    FOOT = ("ft", 0.3048)
    MILE = ("mi", 1609.344)

    def __init__(self, symbol: str, meters: float) -> None:
        self.symbol = symbol
        self.meters = meters

    @classmethod
    def from_symbol(cls, symbol: str) -> "LengthUnit":
        for unit in cls:
            if unit.symbol == symbol.strip().lower():
                return unit
        raise ValueError(f"unknown unit symbol: {symbol}")

    @property
    def is_metric(self) -> bool:
        return self in (LengthUnit.MILLIMETER, LengthUnit.CENTIMETER, LengthUnit.METER, LengthUnit.KILOMETER)


@dataclass(frozen=True)
class Length:
    value: float
    unit: LengthUnit

    def to(self, unit: LengthUnit) -> "Length":
        return Length(self.value * self.unit.meters / unit.meters, unit)

    def __add__(self, other: object) -> "Length":
        if not isinstance(other, Length):
            return NotImplemented
        return Length(self.value + other.to(self.unit).value, self.unit)

    def __str__(self) -> str:
        return f"{self.value:.4g} {self.unit.symbol}"


def convert_length(value: float, from_symbol: str, to_symbol: str) -> float:
    """Convert a numeric length between two unit symbols."""
    src = LengthUnit.from_symbol(from_symbol)
    dst = LengthUnit.from_symbol(to_symbol)
    return Length(value, src).to(dst).value


if __name__ == "__main__":
    print(convert_length(5, "km", "mi"))
    total = Length(1, LengthUnit.FOOT) + Length(6, LengthUnit.INCH)
    print(total, "->", total.to(LengthUnit.CENTIMETER), LengthUnit.INCH.is_metric)
