from enum import Enum


class Unit(str, Enum):
    METER = "m"
    KILOMETER = "km"
    MILE = "mi"
    FOOT = "ft"
    INCH = "in"
    CENTIMETER = "cm"


TO_METERS = {
    Unit.METER: 1.0,
    Unit.KILOMETER: 1000.0,
    Unit.MILE: 1609.344,
    Unit.FOOT: 0.3048,
    Unit.INCH: 0.0254,
    Unit.CENTIMETER: 0.01,
}


def convert_length(value: float, from_unit: str, to_unit: str, digits: int = 4) -> float:
    """Convert a length between metric and imperial units."""
    try:
        source = Unit(from_unit)
        target = Unit(to_unit)
    except ValueError as exc:
        known = ", ".join(u.value for u in Unit)
        raise ValueError(f"unknown unit; use one of {known}") from exc
    meters = value * TO_METERS[source]
    return round(meters / TO_METERS[target], digits)


def celsius_to_fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def fahrenheit_to_celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32) * 5 / 9


def describe(value: float, unit: str) -> str:
    return "{:.2f} {}".format(value, Unit(unit).name.lower())
