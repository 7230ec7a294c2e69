ROMAN_TABLE = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError("roman numerals cover 1..3999")
    out = []
    for value, symbol in ROMAN_TABLE:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s: str) -> int:
    s = s.strip().upper()
    if not s or any(ch not in VALUES for ch in s):
        raise ValueError(f"invalid roman numeral: {s!r}")
    total = 0
    for i, ch in enumerate(s):
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical roman numeral: {s!r} (did you mean {to_roman(total)}?)")
    return total


def roman(value: str) -> dict:
    """Convert in whichever direction the input suggests."""
    value = value.strip()
    if value.isdigit():
        return {"input": value, "roman": to_roman(int(value))}
    return {"input": value, "arabic": from_roman(value)}


if __name__ == "__main__":
    for v in ["1994", "MMXXIV", "xlii", "3999"]:
        print(roman(v))
