"""Spell out integers in English words (cheque-writing style)."""
from decimal import Decimal

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def _below_thousand(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{ONES[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n or not parts:
        parts.append(ONES[n])
    return " ".join(parts)


def number_to_words(n: int) -> str:
    if n < 0:
        return "minus " + number_to_words(-n)
    if n < 1000:
        return _below_thousand(n)
    for size, name in SCALES:
        if n >= size:
            head, rest = divmod(n, size)
            tail = "" if rest == 0 else (" and " if rest < 100 else ", ") + number_to_words(rest)
            return f"{number_to_words(head)} {name}{tail}"
    raise AssertionError("unreachable")


def amount_to_words(amount: str, currency: str = "dollars", sub: str = "cents") -> str:
    d = Decimal(amount).quantize(Decimal("0.01"))
    whole, cents = divmod(int(d * 100), 100)
    return f"{number_to_words(whole)} {currency} and {cents:02d}/100 {sub}".capitalize()


if __name__ == "__main__":
    for n in (0, 7, 13, 42, 100, 101, 999, 1000, 1005, 21_345, 1_000_001, -58):
        print(n, "->", number_to_words(n))
    print(amount_to_words("1234.5"))
