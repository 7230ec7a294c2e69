"""Convert between units using a registry of conversion functions."""
from typing import Callable

_CONVERTERS: dict[tuple[str, str], Callable[[float], float]] = {}


def converter(src: str, dst: str):
    """Decorator registering a conversion from *src* to *dst*."""
    def register(func: Callable[[float], float]):
        _CONVERTERS[(src, dst)] = func
        return func
    return register


@converter("c", "f")
def celsius_to_fahrenheit(v: float) -> float:
    return v * 9 / 5 + 32


@converter("f", "c")
def fahrenheit_to_celsius(v: float) -> float:
    return (v - 32) * 5 / 9


@converter("km", "mi")
def km_to_miles(v: float) -> float:
    return v * 0.621371


@converter("mi", "km")
def miles_to_km(v: float) -> float:
    return v / 0.621371


@converter("kg", "lb")
def kg_to_lb(v: float) -> float:
    return v * 2.2046226218


def convert(value: float, src: str, dst: str, digits: int = 3) -> float:
    src, dst = src.lower(), dst.lower()
    if src == dst:
        return value
    try:
        func = _CONVERTERS[(src, dst)]
    except KeyError:
        raise ValueError(f"no conversion from {src} to {dst}") from None
    return round(func(value), digits)


def supported() -> list[str]:
    return sorted(f"{a}->{b}" for a, b in _CONVERTERS)


if __name__ == "__main__":
    print(convert(100, "C", "F"), convert(10, "km", "mi"), convert(70, "kg", "lb"))
    print(supported())
    try:
        convert(1, "kg", "km")
    except ValueError as e:
        print(e)
