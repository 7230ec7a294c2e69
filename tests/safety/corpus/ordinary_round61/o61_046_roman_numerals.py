# family: ordinary, blind round 61 (Roman numeral converter)
import re
from functools import cache

NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALID_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


class RomanError(ValueError):
    pass


@cache
def to_roman(number: int) -> str:
    if not 1 <= number <= 3999:
        raise RomanError("number must be between 1 and 3999")
    parts = []
    for value, symbol in NUMERALS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(text: str) -> int:
    s = text.strip().upper()
    if not s or not VALID_ROMAN.match(s):
        raise RomanError(f"invalid Roman numeral {text!r}")
    total, i = 0, 0
    for value, symbol in NUMERALS:
        while s.startswith(symbol, i):
            total += value
            i += len(symbol)
    return total


def convert_roman(values: list[str | int]) -> list[dict]:
    """Convert each value between Arabic integers and Roman numerals (auto-detected)."""
    out = []
    for v in values:
        try:
            if isinstance(v, int) or str(v).strip().isdigit():
                out.append({"input": v, "roman": to_roman(int(v))})
            else:
                out.append({"input": v, "arabic": from_roman(str(v))})
        except RomanError as exc:
            out.append({"input": v, "error": str(exc)})
    return out


if __name__ == "__main__":
    for row in convert_roman([1994, "2024", "MCMXCIV", "xlii", "IIII", 0, "MMMCMXCIX"]):
        print(row)
