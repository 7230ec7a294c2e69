# family: ordinary, blind round 53 (functools.partial unit converters)
from functools import partial
from fractions import Fraction

FACTORS = {
    "length": {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1), "km": Fraction(1000),
               "in": Fraction(254, 10000), "ft": Fraction(3048, 10000), "mi": Fraction(1609344, 1000)},
    "mass": {"g": Fraction(1, 1000), "kg": Fraction(1), "lb": Fraction(45359237, 100000000), "oz": Fraction(45359237, 1600000000)},
}


def convert(value, src, dst, *, kind, digits=3):
    table = FACTORS[kind]
    try:
        result = Fraction(value) * table[src] / table[dst]
    except KeyError as missing:
        raise ValueError(f"unknown {kind} unit {missing}") from None
    return round(float(result), digits)


length = partial(convert, kind="length")
mass = partial(convert, kind="mass")
miles_to_km = partial(length, src="mi", dst="km")
lb_to_kg = partial(mass, src="lb", dst="kg", digits=2)


def c_to_f(c):
    return c * 9 / 5 + 32


if __name__ == "__main__":
    print("marathon km:", miles_to_km(26.2188))
    print("6 ft in cm:", length(6, "ft", "cm"))
    print("180 lb in kg:", lb_to_kg(180))
    print("12 oz in g:", mass(12, "oz", "g", digits=1))
    print("partial details:", lb_to_kg.func.__name__, lb_to_kg.keywords)  # nested partials flatten
    temps = list(map(c_to_f, [-40, 0, 37, 100]))
    print("temps F:", temps)
    to_metres = [partial(length, dst="m")(v, u) for v, u in [(5, "km"), (30, "in"), (1, "mi")]]
    print("in metres:", to_metres)
    try:
        length(1, "yd", "m")
    except ValueError as e:
        print("error:", e)
