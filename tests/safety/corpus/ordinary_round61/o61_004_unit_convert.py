# family: ordinary, blind round 61 (unit converter)
from enum import Enum
from functools import partial


class Dimension(str, Enum):
    LENGTH = "length"
    MASS = "mass"
    TEMPERATURE = "temperature"


class ConversionError(ValueError):
    pass


FACTORS: dict[Dimension, dict[str, float]] = {
    Dimension.LENGTH: {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344, "ft": 0.3048, "in": 0.0254},
    Dimension.MASS: {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
}

TO_KELVIN = {"C": lambda v: v + 273.15, "F": lambda v: (v - 32) * 5 / 9 + 273.15, "K": lambda v: v}
FROM_KELVIN = {"C": lambda k: k - 273.15, "F": lambda k: (k - 273.15) * 9 / 5 + 32, "K": lambda k: k}


def _dimension_of(unit: str) -> Dimension:
    if unit in TO_KELVIN:
        return Dimension.TEMPERATURE
    for dim, table in FACTORS.items():
        if unit in table:
            return dim
    raise ConversionError(f"Unknown unit: {unit}")


def _linear(value: float, src: str, dst: str, table: dict[str, float]) -> float:
    return value * table[src] / table[dst]


def convert_units(value: float, from_unit: str, to_unit: str, precision: int = 4) -> dict:
    """Convert a value between length, mass or temperature units."""
    dim_from, dim_to = _dimension_of(from_unit), _dimension_of(to_unit)
    if dim_from is not dim_to:
        raise ConversionError(f"Cannot convert {dim_from.value} to {dim_to.value}")
    if dim_from is Dimension.TEMPERATURE:
        result = FROM_KELVIN[to_unit](TO_KELVIN[from_unit](value))
    else:
        result = partial(_linear, table=FACTORS[dim_from])(value, from_unit, to_unit)
    return {"value": value, "from": from_unit, "to": to_unit,
            "dimension": dim_from.value, "result": round(result, precision)}


if __name__ == "__main__":
    print(convert_units(10, "km", "mi"))
    print(convert_units(98.6, "F", "C"))
    try:
        convert_units(1, "kg", "m")
    except ConversionError as exc:
        print("error:", exc)
