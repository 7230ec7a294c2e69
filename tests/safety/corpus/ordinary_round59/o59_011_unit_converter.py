# family: ordinary, blind round 59 (length/mass/temperature unit converter)
from enum import Enum
from fractions import Fraction


class Dimension(Enum):
    LENGTH = "length"
    MASS = "mass"
    TEMPERATURE = "temperature"


FACTORS = {
    "mm": (Dimension.LENGTH, Fraction(1, 1000)),
    "cm": (Dimension.LENGTH, Fraction(1, 100)),
    "m": (Dimension.LENGTH, Fraction(1)),
    "km": (Dimension.LENGTH, Fraction(1000)),
    "in": (Dimension.LENGTH, Fraction(254, 10000)),
    "ft": (Dimension.LENGTH, Fraction(3048, 10000)),
    "mi": (Dimension.LENGTH, Fraction(1609344, 1000)),
    "g": (Dimension.MASS, Fraction(1, 1000)),
    "kg": (Dimension.MASS, Fraction(1)),
    "lb": (Dimension.MASS, Fraction(45359237, 100000000)),
    "oz": (Dimension.MASS, Fraction(45359237, 1600000000)),
}

TEMPERATURES = {"C", "F", "K"}


class ConversionError(ValueError):
    pass


def _to_celsius(value: float, unit: str) -> float:
    return {"C": value, "F": (value - 32) * 5 / 9, "K": value - 273.15}[unit]


def _from_celsius(value: float, unit: str) -> float:
    return {"C": value, "F": value * 9 / 5 + 32, "K": value + 273.15}[unit]


def convert(value: float, from_unit: str, to_unit: str) -> float:
    if from_unit in TEMPERATURES and to_unit in TEMPERATURES:
        return round(_from_celsius(_to_celsius(value, from_unit), to_unit), 4)
    try:
        dim_a, fa = FACTORS[from_unit]
        dim_b, fb = FACTORS[to_unit]
    except KeyError as exc:
        raise ConversionError(f"unknown unit: {exc.args[0]}") from None
    if dim_a is not dim_b:
        raise ConversionError(f"cannot convert {dim_a.value} to {dim_b.value}")
    return float(Fraction(str(value)) * fa / fb)


if __name__ == "__main__":
    cases = [(5, "km", "mi"), (12, "in", "cm"), (100, "F", "C"), (0, "K", "F"),
             (2.5, "lb", "kg"), (16, "oz", "lb"), (3, "m", "kg"), (1, "yd", "m")]
    for value, a, b in cases:
        try:
            print(f"{value} {a} = {convert(value, a, b):.4f} {b}")
        except ConversionError as exc:
            print(f"{value} {a} -> {b}: {exc}")
