# family: ordinary, blind round 48 (__format__ and __str__ on a Temperature type)
class Temperature:
    """Stores kelvin internally; supports format specs like '{:C}', '{:F.1}', '{:K}'."""

    def __init__(self, kelvin: float):
        if kelvin < 0:
            raise ValueError("below absolute zero")
        self.kelvin = kelvin

    @classmethod
    def celsius(cls, c):
        return cls(c + 273.15)

    @classmethod
    def fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9 + 273.15)

    @property
    def c(self):
        return self.kelvin - 273.15

    @c.setter
    def c(self, value):
        self.kelvin = value + 273.15

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    def __format__(self, spec: str) -> str:
        unit, _, precision = spec.partition(".")
        unit = unit or "C"
        digits = int(precision) if precision else 1
        value = {"C": self.c, "F": self.f, "K": self.kelvin}.get(unit.upper())
        if value is None:
            raise ValueError(f"unknown temperature unit {unit!r}")
        symbol = "K" if unit.upper() == "K" else f"°{unit.upper()}"
        return f"{value:.{digits}f}{symbol}"

    def __str__(self):
        return format(self, "C")

    def __repr__(self):
        return f"Temperature(kelvin={self.kelvin!r})"


if __name__ == "__main__":
    readings = {
        "freezer": Temperature.celsius(-20),
        "room": Temperature.fahrenheit(70),
        "oven": Temperature.celsius(220),
        "space": Temperature(2.7),
    }
    print(f"{'where':<8} {'C':>9} {'F':>10} {'K':>10}")
    for where, t in readings.items():
        cells = [format(t, "C"), format(t, "F.0"), format(t, "K.2")]
        print(f"{where:<8} {cells[0]:>9} {cells[1]:>10} {cells[2]:>10}")
    room = readings["room"]
    room.c = 25
    print("room adjusted:", room, repr(room))
    try:
        format(room, "X")
    except ValueError as e:
        print("bad spec:", e)
