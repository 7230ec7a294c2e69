"""Convert integers to and from Roman numerals."""
from typing import Final

PAIRS: Final[tuple[tuple[int, str], ...]] = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
VALUES: Final[dict[str, int]] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError("out of range")
    parts: list[str] = []
    for value, symbol in PAIRS:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(s: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


def roman(value: int | str) -> int | str:
    """Entry point: convert in whichever direction the input implies."""
    match value:
        case bool():
            raise TypeError("bool is not a number")
        case int(n):
            return to_roman(n)
        case str(s) if s.isdigit():
            return to_roman(int(s))
        case str(s):
            return from_roman(s)
        case _:
            raise TypeError(type(value).__name__)
