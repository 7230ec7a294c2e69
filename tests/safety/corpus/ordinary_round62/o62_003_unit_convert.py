# family: ordinary, blind round 62 (unit converter with lookup tables and dispatch lambdas)
LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "lb": 0.45359237, "oz": 0.028349523125}
TEMP = {
    ("c", "f"): lambda v: v * 9 / 5 + 32,
    ("f", "c"): lambda v: (v - 32) * 5 / 9,
    ("c", "k"): lambda v: v + 273.15,
    ("k", "c"): lambda v: v - 273.15,
}
_conversions_done = 0


def convert(value, src, dst):
    global _conversions_done
    src, dst = src.lower(), dst.lower()
    _conversions_done += 1
    if src == dst:
        return float(value)
    for table in (LENGTH, MASS):
        if src in table and dst in table:
            return value * table[src] / table[dst]
    fn = TEMP.get((src, dst))
    if fn is None:
        raise ValueError("cannot convert %s to %s" % (src, dst))
    return fn(value)


def parse_and_convert(text):
    # "12.5 km to mi"
    qty, src, _, dst = text.split()
    return convert(float(qty), src, dst)


if __name__ == "__main__":
    queries = ["12.5 km to mi", "100 C to F", "3 lb to kg", "6 ft to cm", "300 K to C"]
    for q in queries:
        print(f"{q:<16} => {parse_and_convert(q):10.3f}")
    try:
        convert(1, "kg", "m")
    except ValueError as e:
        print("error:", e)
    print("conversions:", _conversions_done)
