"""Convert between units using a registry keyed by dimension."""
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple


class Dimension(Enum):
    LENGTH = "length"
    MASS = "mass"
    TEMPERATURE = "temperature"


class Unit(NamedTuple):
    symbol: str
    dimension: Dimension
    factor: float = 1.0
    offset: float = 0.0


UNITS: dict[str, Unit] = {u.symbol: u for u in (
    Unit("m", Dimension.LENGTH), Unit("km", Dimension.LENGTH, 1000.0),
    Unit("cm", Dimension.LENGTH, 0.01), Unit("in", Dimension.LENGTH, 0.0254),
    Unit("ft", Dimension.LENGTH, 0.3048), Unit("kg", Dimension.MASS),
    Unit("g", Dimension.MASS, 0.001), Unit("lb", Dimension.MASS, 0.45359237),
    Unit("K", Dimension.TEMPERATURE), Unit("C", Dimension.TEMPERATURE, 1.0, 273.15),
    Unit("F", Dimension.TEMPERATURE, 5 / 9, 459.67 * 5 / 9),
)}


@dataclass
class Quantity:
    value: float
    unit: Unit

    def to(self, target: Unit) -> "Quantity":
        match (self.unit, target):
            case (Unit(dimension=d1), Unit(dimension=d2)) if d1 is not d2:
                raise ValueError(f"cannot convert {d1.value} to {d2.value}")
            case (Unit(_, _, f1, o1), Unit(_, _, f2, o2)):
                base = self.value * f1 + o1
                return Quantity((base - o2) / f2, target)
        raise AssertionError


def convert(expression: str) -> str:
    """Entry point: convert e.g. '12 ft to m'."""
    match expression.split():
        case [amount, src, "to" | "in", dst]:
            pass
        case _:
            raise ValueError("expected '<amount> <unit> to <unit>'")
    try:
        q = Quantity(float(amount), UNITS[src])
        result = q.to(UNITS[dst])
    except KeyError as exc:
        raise ValueError(f"unknown unit {exc.args[0]}") from None
    return f"{amount} {src} = {result.value:.4g} {dst}"
