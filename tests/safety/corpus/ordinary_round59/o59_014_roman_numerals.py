# family: ordinary, blind round 59 (roman numeral conversion both ways)
import re

_PAIRS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
_VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError("roman numerals support 1..3999")
    out = []
    for value, symbol in _PAIRS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s: str) -> int:
    s = s.strip().upper()
    if not s or not _VALID.match(s):
        raise ValueError(f"invalid roman numeral: {s!r}")
    total = 0
    for i, ch in enumerate(s):
        value = _VALUES[ch]
        if i + 1 < len(s) and _VALUES[s[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def roman_tool(value: str) -> str:
    """Entry point: converts numbers to roman numerals and vice versa."""
    value = value.strip()
    if value.isdigit():
        return to_roman(int(value))
    return str(from_roman(value))


if __name__ == "__main__":
    for item in ["1994", "2024", "MCMXCIV", "xlii", "3999", "IIII", "0"]:
        try:
            print(f"{item:>8} -> {roman_tool(item)}")
        except ValueError as exc:
            print(f"{item:>8} -> error: {exc}")
    assert all(from_roman(to_roman(i)) == i for i in range(1, 4000))
    print("round-trip OK for 1..3999")
