"""Convert between integers and Roman numerals."""

_PAIRS: list[tuple[int, str]] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


class RomanNumeralError(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(f"invalid Roman numeral: {text!r}")
        self.text = text


def to_roman(number: int) -> str:
    if not 0 < number < 4000:
        raise ValueError("number must be between 1 and 3999")
    parts: list[str] = []
    for value, symbol in _PAIRS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(text: str) -> int:
    text = text.strip().upper()
    if not text or any(ch not in _VALUES for ch in text):
        raise RomanNumeralError(text)
    total = 0
    for current, nxt in zip(text, text[1:] + " "):
        value = _VALUES[current]
        if nxt != " " and _VALUES[nxt] > value:
            total -= value
        else:
            total += value
    if to_roman(total) != text:
        raise RomanNumeralError(text)
    return total


def convert_roman(value: str) -> str:
    """Entry point: digits -> numeral, numeral -> digits."""
    value = value.strip()
    if value.isdigit():
        return to_roman(int(value))
    return str(from_roman(value))


if __name__ == "__main__":
    for v in ("1994", "MCMXCIV", "42"):
        print(v, "->", convert_roman(v))
