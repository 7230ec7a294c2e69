"""Convert between integers and Roman numerals with strict validation."""
from __future__ import annotations

import re

_PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


class RomanNumeralError(ValueError):
    pass


def to_roman(number: int) -> str:
    if not isinstance(number, int) or not 0 < number < 4000:
        raise RomanNumeralError(f"{number!r} is outside 1..3999")
    out = []
    for value, symbol in _PAIRS:
        count, number = divmod(number, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(text: str) -> int:
    numeral = text.strip().upper()
    if not numeral or not _VALID.match(numeral):
        raise RomanNumeralError(f"{text!r} is not a valid Roman numeral")
    total = 0
    for current, following in zip(numeral, numeral[1:] + " "):
        value = _VALUES[current]
        total += -value if following != " " and _VALUES[following] > value else value
    return total


def convert(value: str | int) -> str | int:
    """Convert in whichever direction makes sense for the input."""
    if isinstance(value, int) or str(value).strip().isdigit():
        return to_roman(int(value))
    return from_roman(str(value))


if __name__ == "__main__":
    print([convert(v) for v in (1994, "MMXXIV", "xlii", 3999, "4")])
    assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
    for bad in ("IIII", "VX", 0, ""):
        try:
            convert(bad)
        except RomanNumeralError as e:
            print("error:", e)
