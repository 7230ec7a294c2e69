"""Roman numeral conversion with validation."""
import re

VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALID_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(number: int) -> str:
    if not isinstance(number, int) or not 0 < number < 4000:
        raise ValueError("number must be an integer in 1..3999")
    out = []
    for value, numeral in VALUES:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)


def from_roman(text: str) -> int:
    text = text.strip().upper()
    if not text or not VALID_RE.match(text):
        raise ValueError(f"{text!r} is not a valid roman numeral")
    total = 0
    for current, following in zip(text, text[1:] + " "):
        value = SYMBOLS[current]
        if following != " " and SYMBOLS[following] > value:
            total -= value
        else:
            total += value
    return total


def convert_all(items: list) -> list[dict]:
    results = []
    for item in items:
        try:
            if isinstance(item, int):
                results.append({"input": item, "output": to_roman(item)})
            else:
                results.append({"input": item, "output": from_roman(str(item))})
        except ValueError as exc:
            results.append({"input": item, "error": str(exc)})
    return results


if __name__ == "__main__":
    print(convert_all([1994, 4, 3999, 0, "MCMXCIV", "iiii", "xlii"]))
    assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
