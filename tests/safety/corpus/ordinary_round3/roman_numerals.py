# ordinary: convert between integers and Roman numerals with validation
import re

NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(number):
    if not isinstance(number, int) or isinstance(number, bool):
        raise TypeError(f"expected int, got {type(number).__name__}")
    if not 0 < number < 4000:
        raise ValueError("Roman numerals cover 1..3999")
    parts = []
    for value, symbol in NUMERALS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(text):
    text = text.strip().upper()
    if not text or not VALID.match(text):
        raise ValueError(f"{text!r} is not a valid Roman numeral")
    total, i = 0, 0
    for value, symbol in NUMERALS:
        while text.startswith(symbol, i):
            total += value
            i += len(symbol)
    return total


if __name__ == "__main__":
    for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
        r = to_roman(n)
        assert from_roman(r) == n
        print(f"{n:>5} -> {r}")
    for bad in ("IIII", "MMMM", "", "IC"):
        try:
            from_roman(bad)
        except ValueError as exc:
            print("rejected:", exc)
