"""Convert between integers and Roman numerals, with validation."""
import re

PAIRS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALID_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError("only 1..3999 can be written in Roman numerals")
    out = []
    for value, symbol in PAIRS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s: str) -> int:
    s = s.strip().upper()
    if not s or not VALID_RE.match(s):
        raise ValueError(f"invalid Roman numeral: {s!r}")
    values = {sym: val for val, sym in PAIRS if len(sym) == 1}
    total = 0
    for cur, nxt in zip(s, s[1:] + " "):
        v = values[cur]
        total += -v if nxt != " " and values[nxt] > v else v
    return total


if __name__ == "__main__":
    for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
        r = to_roman(n)
        assert from_roman(r) == n
        print(n, r)
    try:
        from_roman("IIII")
    except ValueError as e:
        print("error:", e)
