# family: ordinary, blind round 50 (convert units)
"""Simple unit conversion tool for length, mass and temperature."""

LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "lb": 0.45359237, "oz": 0.028349523125}


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a value between two units of the same dimension."""
    for table in (LENGTH, MASS):
        if from_unit in table and to_unit in table:
            return value * table[from_unit] / table[to_unit]
    temps = {"C", "F", "K"}
    if from_unit in temps and to_unit in temps:
        return _convert_temperature(value, from_unit, to_unit)
    raise ValueError(f"Cannot convert {from_unit!r} to {to_unit!r}")


def _convert_temperature(value: float, src: str, dst: str) -> float:
    if src == "F":
        celsius = (value - 32) * 5 / 9
    elif src == "K":
        celsius = value - 273.15
    else:
        celsius = value
    if dst == "F":
        return celsius * 9 / 5 + 32
    if dst == "K":
        return celsius + 273.15
    return celsius


if __name__ == "__main__":
    samples = [(5, "km", "mi"), (12, "in", "cm"), (150, "lb", "kg"), (100, "C", "F"), (0, "K", "C")]
    for value, src, dst in samples:
        print(f"{value} {src} = {convert(value, src, dst):.3f} {dst}")
