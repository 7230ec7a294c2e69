# ordinary: temperature converter using a class with property setters
from typing import Any


class Temperature:
    """Stores kelvin; exposes celsius and fahrenheit as properties."""

    def __init__(self, kelvin: float = 0.0) -> None:
        self._kelvin = 0.0
        self.kelvin = kelvin

    @property
    def kelvin(self) -> float:
        return self._kelvin

    @kelvin.setter
    def kelvin(self, value: float) -> None:
        if value < 0:
            raise ValueError("below absolute zero")
        self._kelvin = float(value)

    @property
    def celsius(self) -> float:
        return self._kelvin - 273.15

    @celsius.setter
    def celsius(self, value: float) -> None:
        self.kelvin = value + 273.15

    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9

    def __repr__(self) -> str:
        return "Temperature({:.2f} K)".format(self._kelvin)


def convert_temperature(value: float, unit: str = "C") -> dict[str, Any]:
    """Convert a temperature given in C, F or K to all three scales."""
    t = Temperature()
    try:
        match unit.upper():
            case "C":
                t.celsius = value
            case "F":
                t.fahrenheit = value
            case "K":
                t.kelvin = value
            case other:
                return {"error": f"unknown unit {other}"}
    except ValueError as e:
        return {"error": str(e)}
    return {"C": round(t.celsius, 2), "F": round(t.fahrenheit, 2), "K": round(t.kelvin, 2), "repr": repr(t)}


if __name__ == "__main__":
    print(convert_temperature(98.6, "f"))
