"""Temperature value object with unit-converting properties."""
from functools import total_ordering


@total_ordering
class Temperature:
    """Stores Kelvin internally; exposes Celsius/Fahrenheit as properties."""

    __slots__ = ("_kelvin",)

    def __init__(self, kelvin: float):
        if kelvin < 0:
            raise ValueError("temperature below absolute zero")
        self._kelvin = float(kelvin)

    @classmethod
    def from_celsius(cls, c: float) -> "Temperature":
        return cls(c + 273.15)

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        return cls((f - 32) * 5 / 9 + 273.15)

    @classmethod
    def parse(cls, text: str) -> "Temperature":
        text = text.strip().upper().replace("°", "")
        value, unit = float(text[:-1]), text[-1]
        factories = {"C": cls.from_celsius, "F": cls.from_fahrenheit, "K": cls}
        if unit not in factories:
            raise ValueError(f"unknown unit {unit!r}")
        return factories[unit](value)

    @property
    def kelvin(self) -> float:
        return self._kelvin

    @property
    def celsius(self) -> float:
        return round(self._kelvin - 273.15, 2)

    @celsius.setter
    def celsius(self, value: float) -> None:
        self._kelvin = value + 273.15

    @property
    def fahrenheit(self) -> float:
        return round((self._kelvin - 273.15) * 9 / 5 + 32, 2)

    def __eq__(self, other):
        return isinstance(other, Temperature) and abs(self._kelvin - other._kelvin) < 1e-9

    def __lt__(self, other):
        return self._kelvin < other._kelvin

    def __hash__(self):
        return hash(round(self._kelvin, 9))

    def __repr__(self):
        return f"Temperature({self.celsius}°C)"


if __name__ == "__main__":
    temps = [Temperature.parse(s) for s in ["21C", "70°F", "300K", "-40F"]]
    for t in sorted(temps):
        print(t, t.fahrenheit, t.kelvin)
    print(Temperature.parse("-40C") == Temperature.parse("-40F"))
    t = temps[0]
    t.celsius = 25
    print(t)
