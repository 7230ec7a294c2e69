# ordinary: convert units through a registry of converter classes registered by decorator
from abc import ABC, abstractmethod
from typing import Callable, ClassVar

REGISTRY: dict[str, type["Converter"]] = {}


def register(kind: str) -> Callable[[type["Converter"]], type["Converter"]]:
    def deco(cls: type["Converter"]) -> type["Converter"]:
        REGISTRY[kind] = cls
        return cls
    return deco


class Converter(ABC):
    units: ClassVar[dict[str, float]] = {}

    @abstractmethod
    def describe(self) -> str: ...

    def convert(self, value: float, src: str, dst: str) -> float:
        try:
            return value * self.units[src] / self.units[dst]
        except KeyError as e:
            raise ValueError(f"unknown unit {e.args[0]!r} for {type(self).__name__}") from None


@register("length")
class Length(Converter):
    units = {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344, "ft": 0.3048, "in": 0.0254}

    def describe(self) -> str:
        return "length in metres"


@register("mass")
class Mass(Converter):
    units = {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125}

    def describe(self) -> str:
        return "mass in kilograms"


def convert_units(kind: str, value: float, src: str, dst: str) -> dict:
    """Convert value from src to dst units within a kind (length, mass)."""
    cls = REGISTRY.get(kind)
    if cls is None:
        return {"error": f"unknown kind; choose from {sorted(REGISTRY)}"}
    conv = cls()
    try:
        return {"value": round(conv.convert(value, src, dst), 6), "unit": dst, "about": conv.describe(),
                "converter": cls.__name__}
    except ValueError as e:
        return {"error": str(e)}


if __name__ == "__main__":
    print(convert_units("length", 5, "km", "mi"), convert_units("mass", 1, "kg", "stone"))
