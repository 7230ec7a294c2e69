# family: ordinary, blind round 63 (unit-aware physical quantities)
from dataclasses import dataclass
from functools import total_ordering

_TO_BASE = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mi": ("length", 1609.344),
    "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0),
    "g": ("mass", 0.001), "kg": ("mass", 1.0), "lb": ("mass", 0.45359237),
}


class UnitError(TypeError):
    pass


@total_ordering
@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str

    def __post_init__(self):
        if self.unit not in _TO_BASE:
            raise UnitError(f"unknown unit {self.unit!r}")

    @property
    def dimension(self):
        return _TO_BASE[self.unit][0]

    def to(self, unit):
        dim, factor = _TO_BASE[unit]
        if dim != self.dimension:
            raise UnitError(f"cannot convert {self.dimension} to {dim}")
        return Quantity(self.value * _TO_BASE[self.unit][1] / factor, unit)

    def __add__(self, other):
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __sub__(self, other):
        return Quantity(self.value - other.to(self.unit).value, self.unit)

    def __mul__(self, k):
        return Quantity(self.value * k, self.unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return self.value / other.to(self.unit).value
        return Quantity(self.value / other, self.unit)

    def __eq__(self, other):
        return isinstance(other, Quantity) and abs(self.value - other.to(self.unit).value) < 1e-9

    def __lt__(self, other):
        return self.value < other.to(self.unit).value

    def __hash__(self):
        dim, factor = _TO_BASE[self.unit]
        return hash((dim, round(self.value * factor, 9)))

    def __format__(self, spec):
        return f"{self.value:{spec or 'g'}} {self.unit}"


if __name__ == "__main__":
    run = Quantity(5, "km") + Quantity(800, "m")
    print(f"{run:.2f}", f"{run.to('mi'):.3f}")
    print(Quantity(1, "km") == Quantity(1000, "m"), Quantity(1, "mi") > Quantity(1, "km"))
    print(len({Quantity(1, "kg"), Quantity(1000, "g")}))
    pace = Quantity(45, "min") / run.value
    print(f"pace: {pace:.1f} per km", Quantity(2, "h") / Quantity(30, "min"))
    print(sorted([Quantity(3, "lb"), Quantity(1, "kg"), Quantity(500, "g")]))
    try:
        Quantity(1, "kg") + Quantity(1, "m")
    except UnitError as exc:
        print("error:", exc)
