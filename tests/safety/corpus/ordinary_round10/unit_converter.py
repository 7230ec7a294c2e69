"""Convert between length, mass and volume units using a table of factors."""

from fractions import Fraction

FACTORS: dict[str, dict[str, Fraction]] = {
    "length": {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1), "km": Fraction(1000),
               "in": Fraction(254, 10000), "ft": Fraction(3048, 10000), "mi": Fraction(1609344, 1000)},
    "mass": {"g": Fraction(1, 1000), "kg": Fraction(1), "lb": Fraction(45359237, 100000000), "oz": Fraction(28349523125, 1000000000000)},
    "volume": {"ml": Fraction(1, 1000), "l": Fraction(1), "gal": Fraction(3785411784, 1000000000), "cup": Fraction(236588, 1000000)},
}


def _dimension_of(unit: str) -> str:
    for dimension, units in FACTORS.items():
        if unit in units:
            return dimension
    raise KeyError(f"unknown unit {unit!r}")


def convert_units(value: float, source: str, target: str, digits: int = 4) -> str:
    src, dst = source.lower(), target.lower()
    dim_a, dim_b = _dimension_of(src), _dimension_of(dst)
    if dim_a != dim_b:
        raise ValueError(f"cannot convert {dim_a} to {dim_b}")
    table = FACTORS[dim_a]
    result = Fraction(str(value)) * table[src] / table[dst]
    return "%.*f %s" % (digits, float(result), dst)


if __name__ == "__main__":
    print(convert_units(5, "km", "mi"))
    print(convert_units(12, "oz", "g", digits=1))
    print(convert_units(2, "gal", "l"))
