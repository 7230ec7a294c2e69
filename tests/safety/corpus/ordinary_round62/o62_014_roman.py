# family: ordinary, blind round 62 (roman numeral conversion both ways)
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_cache = {}


def to_roman(n):
    if not isinstance(n, int):
        raise TypeError("expected int, got %s" % type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    if n in _cache:
        return _cache[n]
    out = []
    rest = n
    for value, sym in ROMAN:
        count, rest = divmod(rest, value)
        out.append(sym * count)
    _cache[n] = "".join(out)
    return _cache[n]


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        v = VALUES[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError("non-canonical numeral %r" % s)
    return total


if __name__ == "__main__":
    for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
        r = to_roman(n)
        assert from_roman(r) == n
        print("%5d = %s" % (n, r))
    for bad in ("IIII", "MMXXIV", 0, 2.5):
        try:
            print(bad, "->", from_roman(bad) if isinstance(bad, str) else to_roman(bad))
        except (ValueError, TypeError) as e:
            print(bad, "error:", e)
