"""Convert between integers and Roman numerals."""
import re

_PAIRS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
_VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(number: int) -> str:
    if not isinstance(number, int) or not 0 < number < 4000:
        raise ValueError("number must be an integer between 1 and 3999")
    out = []
    for value, numeral in _PAIRS:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)


def from_roman(text: str) -> int:
    s = text.strip().upper()
    if not s or not _VALID.match(s):
        raise ValueError(f"not a valid Roman numeral: {text!r}")
    total, i = 0, 0
    for value, numeral in _PAIRS:
        while s.startswith(numeral, i):
            total += value
            i += len(numeral)
    return total


if __name__ == "__main__":
    for n in (1, 4, 9, 14, 40, 1994, 2024, 3999):
        r = to_roman(n)
        assert from_roman(r) == n
        print(n, r)
    for bad in ("IIII", "MMMM", "abc"):
        try:
            from_roman(bad)
        except ValueError as e:
            print(e)
