"""Convert between common units of length, mass and temperature."""
from enum import Enum
from typing import Callable

Number = int | float


class Dimension(Enum):
    LENGTH = "length"
    MASS = "mass"
    TEMPERATURE = "temperature"

    def describe(self) -> str:
        return self.value.capitalize()


# factors relative to the base unit (metre, kilogram)
_FACTORS: dict[str, tuple[Dimension, float]] = {
    "mm": (Dimension.LENGTH, 0.001),
    "cm": (Dimension.LENGTH, 0.01),
    "m": (Dimension.LENGTH, 1.0),
    "km": (Dimension.LENGTH, 1000.0),
    "in": (Dimension.LENGTH, 0.0254),
    "ft": (Dimension.LENGTH, 0.3048),
    "mi": (Dimension.LENGTH, 1609.344),
    "g": (Dimension.MASS, 0.001),
    "kg": (Dimension.MASS, 1.0),
    "lb": (Dimension.MASS, 0.45359237),
    "oz": (Dimension.MASS, 0.028349523125),
}

_TO_KELVIN: dict[str, Callable[[float], float]] = {
    "c": lambda v: v + 273.15,
    "f": lambda v: (v - 32) * 5 / 9 + 273.15,
    "k": lambda v: v,
}
_FROM_KELVIN: dict[str, Callable[[float], float]] = {
    "c": lambda k: k - 273.15,
    "f": lambda k: (k - 273.15) * 9 / 5 + 32,
    "k": lambda k: k,
}


class ConversionError(ValueError):
    pass


def convert(value: Number, from_unit: str, to_unit: str, precision: int = 4) -> dict:
    src, dst = from_unit.strip().lower(), to_unit.strip().lower()
    if src in _TO_KELVIN and dst in _FROM_KELVIN:
        result = _FROM_KELVIN[dst](_TO_KELVIN[src](float(value)))
        dim = Dimension.TEMPERATURE
    elif src in _FACTORS and dst in _FACTORS:
        dim_a, fa = _FACTORS[src]
        dim_b, fb = _FACTORS[dst]
        if dim_a is not dim_b:
            raise ConversionError(f"cannot convert {dim_a.describe()} to {dim_b.describe()}")
        result = float(value) * fa / fb
        dim = dim_a
    else:
        raise ConversionError(f"unknown unit pair: {from_unit!r} -> {to_unit!r}")
    return {
        "input": f"{value} {from_unit}",
        "output": f"{result:.{precision}f} {to_unit}",
        "value": round(result, precision),
        "dimension": dim.describe(),
    }


if __name__ == "__main__":
    print(convert(5, "km", "mi"))
    print(convert(100, "F", "C"))
