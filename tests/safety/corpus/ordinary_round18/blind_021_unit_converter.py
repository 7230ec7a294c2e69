"""Convert between units of length, mass and temperature."""
from __future__ import annotations

from enum import Enum


class Length(Enum):
    MILLIMETER = ("mm", 0.001)
    CENTIMETER = ("cm", 0.01)
    METER = ("m", 1.0)
    KILOMETER = ("km", 1000.0)
    INCH = ("in", 0.0254)
    FOOT = ("ft", 0.3048)
    MILE = ("mi", 1609.344)

    def __init__(self, symbol: str, to_base: float) -> None:
        self.symbol = symbol
        self.to_base = to_base

    @classmethod
    def from_symbol(cls, symbol: str) -> "Length":
        for unit in cls:
            if unit.symbol == symbol.lower():
                return unit
        raise ValueError(f"unknown length unit {symbol!r}")


class Mass(Enum):
    GRAM = ("g", 1.0)
    KILOGRAM = ("kg", 1000.0)
    POUND = ("lb", 453.59237)
    OUNCE = ("oz", 28.349523125)

    def __init__(self, symbol: str, to_base: float) -> None:
        self.symbol, self.to_base = symbol, to_base


TEMPERATURE = {
    ("c", "f"): lambda v: v * 9 / 5 + 32,
    ("f", "c"): lambda v: (v - 32) * 5 / 9,
    ("c", "k"): lambda v: v + 273.15,
    ("k", "c"): lambda v: v - 273.15,
}


def convert(value: float, src: str, dst: str) -> float:
    """Convert using unit symbols, e.g. convert(5, 'km', 'mi')."""
    src, dst = src.lower(), dst.lower()
    if src == dst:
        return value
    if (src, dst) in TEMPERATURE:
        return TEMPERATURE[(src, dst)](value)
    if {src, dst} <= {"f", "k"}:
        return convert(convert(value, src, "c"), "c", dst)
    for family in (Length, Mass):
        table = {u.symbol: u for u in family}
        if src in table and dst in table:
            return value * table[src].to_base / table[dst].to_base
    raise ValueError(f"cannot convert {src} to {dst}")


if __name__ == "__main__":
    for v, a, b in [(5, "km", "mi"), (12, "in", "cm"), (2.5, "kg", "lb"), (100, "C", "F"), (0, "F", "K")]:
        print(f"{v} {a} = {convert(v, a, b):.3f} {b}")
    print(Length.from_symbol("FT"), Length["MILE"].to_base, Mass(("oz", 28.349523125)).name)
