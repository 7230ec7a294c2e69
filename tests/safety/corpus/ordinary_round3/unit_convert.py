# ordinary: length and temperature unit conversion with friendly errors
LENGTH_TO_METRES = {
    "mm": 0.001,
    "cm": 0.01,
    "m": 1.0,
    "km": 1000.0,
    "in": 0.0254,
    "ft": 0.3048,
    "yd": 0.9144,
    "mi": 1609.344,
}

ERRORS = {
    "unknown_unit": "Unknown unit '{unit}'. Supported: {supported}",
    "below_zero": "{value} {unit} is below absolute zero",
}


def convert_length(value, from_unit, to_unit):
    for unit in (from_unit, to_unit):
        if unit not in LENGTH_TO_METRES:
            supported = ", ".join(LENGTH_TO_METRES)
            raise ValueError(ERRORS["unknown_unit"].format(unit=unit, supported=supported))
    metres = value * LENGTH_TO_METRES[from_unit]
    return metres / LENGTH_TO_METRES[to_unit]


def to_kelvin(value, unit):
    unit = unit.upper()
    kelvin = {"C": value + 273.15, "F": (value - 32) * 5 / 9 + 273.15, "K": value}.get(unit)
    if kelvin is None:
        raise ValueError(ERRORS["unknown_unit"].format(unit=unit, supported="C, F, K"))
    if kelvin < 0:
        raise ValueError(ERRORS["below_zero"].format(value=value, unit=unit))
    return kelvin


def convert_temperature(value, from_unit, to_unit):
    k = to_kelvin(value, from_unit)
    to_unit = to_unit.upper()
    if to_unit == "C":
        return k - 273.15
    if to_unit == "F":
        return (k - 273.15) * 9 / 5 + 32
    return k


if __name__ == "__main__":
    print(f"{convert_length(5, 'km', 'mi'):.3f} mi")
    print(f"{convert_length(12, 'in', 'cm'):.2f} cm")
    print(f"{convert_temperature(100, 'c', 'f'):.1f} F")
    print(f"{convert_temperature(-40, 'F', 'C'):.1f} C")
    for args in [(3, "m", "parsec"), (-500, "C", "K")]:
        try:
            if args[2] == "K":
                convert_temperature(*args)
            else:
                convert_length(*args)
        except ValueError as exc:
            print("error:", exc)
