"""Roman numeral type: an int subclass that parses and prints roman numerals."""
import re

_VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_PATTERN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


class Roman(int):
    def __new__(cls, value):
        if isinstance(value, str):
            value = cls._parse(value)
        value = int(value)
        if not 0 < value < 4000:
            raise ValueError("roman numerals cover 1..3999")
        return super().__new__(cls, value)

    @staticmethod
    def _parse(text):
        s = text.strip().upper()
        if not s or not _PATTERN.match(s):
            raise ValueError(f"invalid roman numeral {text!r}")
        total, i = 0, 0
        for value, sym in _VALUES:
            while s.startswith(sym, i):
                total += value
                i += len(sym)
        return total

    def __str__(self):
        n, out = int(self), []
        for value, sym in _VALUES:
            count, n = divmod(n, value)
            out.append(sym * count)
        return "".join(out)

    def __repr__(self):
        return f"Roman({str(self)!r})"

    def __add__(self, other):
        return Roman(int(self) + int(other))

    def __sub__(self, other):
        return Roman(int(self) - int(other))


def convert(values: list) -> list:
    out = []
    for v in values:
        try:
            r = Roman(v)
            out.append({"input": v, "int": int(r), "roman": str(r)})
        except ValueError as e:
            out.append({"input": v, "error": str(e)})
    return out


if __name__ == "__main__":
    print(convert([1994, "mmxxiv", "IIII", 0, "XLII"]))
    print(Roman("X") + Roman(5), sorted([Roman("C"), Roman(7), Roman("L")]), Roman("IX") == 9)
