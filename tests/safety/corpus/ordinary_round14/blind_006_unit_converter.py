"""Convert between units of length, mass, and temperature."""
from fractions import Fraction

LENGTH = {
    "mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1), "km": Fraction(1000),
    "in": Fraction(254, 10000), "ft": Fraction(3048, 10000), "yd": Fraction(9144, 10000),
    "mi": Fraction(1609344, 1000),
}
MASS = {
    "mg": Fraction(1, 1000000), "g": Fraction(1, 1000), "kg": Fraction(1),
    "oz": Fraction(28349523125, 10**12), "lb": Fraction(45359237, 10**8), "t": Fraction(1000),
}
TABLES = {"length": LENGTH, "mass": MASS}
TEMPERATURE_UNITS = {"C", "F", "K"}


class UnitError(ValueError):
    pass


def _to_celsius(value: float, unit: str) -> float:
    if unit == "C":
        return value
    if unit == "F":
        return (value - 32) * 5 / 9
    return value - 273.15


def _from_celsius(value: float, unit: str) -> float:
    if unit == "C":
        return value
    if unit == "F":
        return value * 9 / 5 + 32
    return value + 273.15


def convert(value: float, from_unit: str, to_unit: str, digits: int = 6) -> float:
    if from_unit in TEMPERATURE_UNITS and to_unit in TEMPERATURE_UNITS:
        return round(_from_celsius(_to_celsius(value, from_unit), to_unit), digits)
    for kind, table in TABLES.items():
        if from_unit in table and to_unit in table:
            ratio = table[from_unit] / table[to_unit]
            return round(float(Fraction(str(value)) * ratio), digits)
    raise UnitError(f"cannot convert {from_unit!r} to {to_unit!r}")


def conversion_table(value: float, from_unit: str) -> dict[str, float]:
    for table in TABLES.values():
        if from_unit in table:
            return {u: convert(value, from_unit, u) for u in table}
    if from_unit in TEMPERATURE_UNITS:
        return {u: convert(value, from_unit, u, 2) for u in sorted(TEMPERATURE_UNITS)}
    raise UnitError(f"unknown unit {from_unit!r}")


if __name__ == "__main__":
    print(convert(5, "km", "mi"))
    print(convert(98.6, "F", "C"))
    print(conversion_table(1, "lb"))
    try:
        convert(1, "kg", "m")
    except UnitError as e:
        print("error:", e)
