# family: ordinary, blind round 60 (sensor reading class with properties and setters)
from statistics import mean, stdev


class Temperature:
    __slots__ = ("_celsius",)
    ABSOLUTE_ZERO = -273.15

    def __init__(self, celsius: float = 0.0):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        return cls((f - 32) * 5 / 9)

    @classmethod
    def from_string(cls, text: str) -> "Temperature":
        text = text.strip().upper()
        value, unit = float(text[:-1]), text[-1]
        if unit == "C":
            return cls(value)
        if unit == "F":
            return cls.from_fahrenheit(value)
        if unit == "K":
            return cls(value + cls.ABSOLUTE_ZERO)
        raise ValueError(f"unknown unit {unit!r}")

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < self.ABSOLUTE_ZERO:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self) -> float:
        return self._celsius - self.ABSOLUTE_ZERO

    def __repr__(self):
        return f"Temperature({self._celsius:.2f}°C)"


if __name__ == "__main__":
    readings = [Temperature.from_string(s) for s in ["21.5C", "70F", "295K", "19c"]]
    print(readings)
    temps = [r.celsius for r in readings]
    print(f"mean={mean(temps):.2f}C stdev={stdev(temps):.2f}")
    t = Temperature()
    t.fahrenheit = 212
    print(t, f"{t.kelvin:.2f}K")
    try:
        t.celsius = -300
    except ValueError as e:
        print("error:", e)
    try:
        t.humidity = 40
    except AttributeError as e:
        print("slots prevent:", e)
