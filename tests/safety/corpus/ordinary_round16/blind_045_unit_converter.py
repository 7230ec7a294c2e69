"""Unit conversion with a Quantity value class and a unit table."""
from dataclasses import dataclass
from enum import Enum


class Dimension(Enum):
    LENGTH = "length"
    MASS = "mass"
    VOLUME = "volume"


UNITS: dict[str, tuple[Dimension, float]] = {
    "mm": (Dimension.LENGTH, 0.001), "cm": (Dimension.LENGTH, 0.01), "m": (Dimension.LENGTH, 1.0),
    "km": (Dimension.LENGTH, 1000.0), "in": (Dimension.LENGTH, 0.0254), "ft": (Dimension.LENGTH, 0.3048),
    "mi": (Dimension.LENGTH, 1609.344), "g": (Dimension.MASS, 0.001), "kg": (Dimension.MASS, 1.0),
    "lb": (Dimension.MASS, 0.45359237), "oz": (Dimension.MASS, 0.028349523125),
    "ml": (Dimension.VOLUME, 0.001), "l": (Dimension.VOLUME, 1.0), "gal": (Dimension.VOLUME, 3.785411784),
}


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str

    def __post_init__(self):
        if self.unit not in UNITS:
            raise ValueError(f"unknown unit {self.unit!r}")

    @property
    def dimension(self) -> Dimension:
        return UNITS[self.unit][0]

    def to(self, unit: str) -> "Quantity":
        if unit not in UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        dim, factor = UNITS[unit]
        if dim is not self.dimension:
            raise ValueError(f"cannot convert {self.dimension.value} to {dim.value}")
        return Quantity(self.value * UNITS[self.unit][1] / factor, unit)

    def __add__(self, other: "Quantity") -> "Quantity":
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __str__(self):
        return f"{self.value:.4g} {self.unit}"

    @classmethod
    def parse(cls, text: str) -> "Quantity":
        num, _, unit = text.strip().partition(" ")
        return cls(float(num), unit.strip().lower())


def convert(text: str, target: str) -> str:
    return str(Quantity.parse(text).to(target))


if __name__ == "__main__":
    print(convert("5 km", "mi"), convert("12 oz", "g"), convert("2 gal", "l"))
    print(Quantity(1, "m") + Quantity(30, "cm"))
    try:
        convert("3 kg", "m")
    except ValueError as e:
        print("error:", e)
