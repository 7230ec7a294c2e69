# family: ordinary, blind round 63 (temperature value with custom __format__ specs)
from functools import total_ordering


@total_ordering
class Temperature:
    """Stores kelvin internally; format spec like '.1C', 'F', '.2K'."""

    _SUFFIX = {"C": "°C", "F": "°F", "K": " K"}

    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"below absolute zero: {kelvin:.2f} K")
        self.kelvin = float(kelvin)

    @classmethod
    def celsius(cls, c):
        return cls(c + 273.15)

    @classmethod
    def fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9 + 273.15)

    def as_unit(self, unit):
        if unit == "C":
            return self.kelvin - 273.15
        if unit == "F":
            return (self.kelvin - 273.15) * 9 / 5 + 32
        if unit == "K":
            return self.kelvin
        raise ValueError(f"unknown unit {unit!r}")

    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in self._SUFFIX else "C"
        num_spec = spec[:-1] if spec and spec[-1] in self._SUFFIX else spec
        return f"{self.as_unit(unit):{num_spec or '.1f'}}{self._SUFFIX[unit]}"

    def __str__(self):
        return format(self, ".1fC")

    def __repr__(self):
        return f"Temperature(kelvin={self.kelvin:.2f})"

    def __eq__(self, other):
        return isinstance(other, Temperature) and abs(self.kelvin - other.kelvin) < 1e-9

    def __lt__(self, other):
        return self.kelvin < other.kelvin

    def __hash__(self):
        return hash(round(self.kelvin, 9))

    def __add__(self, delta_c):
        return Temperature(self.kelvin + delta_c)


if __name__ == "__main__":
    body = Temperature.fahrenheit(98.6)
    print(f"{body} | {body:.2fF} | {body:.3fK} | {body:>10.1fC}")
    readings = [Temperature.celsius(c) for c in (21.5, -4, 30.2)]
    print(sorted(readings), max(readings))
    print(Temperature.celsius(100) == Temperature.fahrenheit(212), f"{body + 2:C}")
    try:
        Temperature.celsius(-300)
    except ValueError as exc:
        print("error:", exc)
