# family: ordinary, blind round 50 (roman numerals)
import re

_PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError("roman numerals support 1..3999")
    out = []
    for value, sym in _PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s: str) -> int:
    s = s.upper().strip()
    if not s or not _VALID.match(s):
        raise ValueError(f"invalid roman numeral: {s!r}")
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for cur, nxt in zip(s, s[1:] + " "):
        v = values[cur]
        total += -v if nxt != " " and values[nxt] > v else v
    return total


if __name__ == "__main__":
    for n in (4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
        r = to_roman(n)
        assert from_roman(r) == n
        print(f"{n:>5} <-> {r}")
    for bad in ("IIII", "VX", "MMMM"):
        try:
            from_roman(bad)
        except ValueError as e:
            print("error:", e)
