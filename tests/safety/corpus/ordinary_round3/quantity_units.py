# ordinary: physical quantities with units; adding mismatched units raises an error
class UnitError(TypeError):
    pass


CONVERSIONS = {
    ("m", "km"): 0.001, ("km", "m"): 1000.0,
    ("g", "kg"): 0.001, ("kg", "g"): 1000.0,
    ("s", "min"): 1 / 60, ("min", "s"): 60.0,
}


class Quantity:
    __slots__ = ("_value", "_unit")

    def __init__(self, value, unit):
        self._value = float(value)
        self._unit = unit

    value = property(lambda self: self._value)
    unit = property(lambda self: self._unit)

    def to(self, unit):
        if unit == self._unit:
            return self
        try:
            factor = CONVERSIONS[(self._unit, unit)]
        except KeyError:
            raise UnitError(f"cannot convert {self._unit} to {unit}") from None
        return type(self)(self._value * factor, unit)

    def _coerce(self, other):
        if not isinstance(other, Quantity):
            raise UnitError(f"cannot combine Quantity with {type(other).__name__}")
        return other.to(self._unit)

    def __add__(self, other):
        return type(self)(self._value + self._coerce(other)._value, self._unit)

    def __sub__(self, other):
        return type(self)(self._value - self._coerce(other)._value, self._unit)

    def __mul__(self, k):
        if isinstance(k, Quantity):
            return type(self)(self._value * k._value, f"{self._unit}*{k._unit}")
        return type(self)(self._value * k, self._unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            if other._unit == self._unit:
                return self._value / other._value
            return type(self)(self._value / other._value, f"{self._unit}/{other._unit}")
        return type(self)(self._value / other, self._unit)

    def __eq__(self, other):
        return isinstance(other, Quantity) and abs(self._value - self._coerce(other)._value) < 1e-9

    def __lt__(self, other):
        return self._value < self._coerce(other)._value

    def __repr__(self):
        return f"{self._value:g} {self._unit}"


if __name__ == "__main__":
    trip = Quantity(2.5, "km") + Quantity(800, "m")
    time = Quantity(45, "min").to("s")
    print(trip, time, (trip.to("m") / time), trip == Quantity(3300, "m"), sorted([trip, Quantity(1, "km")]))
    for bad in [lambda: Quantity(1, "kg") + Quantity(1, "m"), lambda: Quantity(1, "m") + 5]:
        try:
            bad()
        except UnitError as exc:
            print("error:", exc)
