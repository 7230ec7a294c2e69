"""Spell out integers in English words (cheque-writing style)."""
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def _below_thousand(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[rest]}" if rest else "")
    hundreds, rest = divmod(n, 100)
    head = f"{ONES[hundreds]} hundred"
    return head if not rest else f"{head} and {_below_thousand(rest)}"


def spell(n: int) -> str:
    if n < 0:
        return "minus " + spell(-n)
    if n < 1000:
        return _below_thousand(n)
    for value, name in SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            tail = ""
            if rest:
                tail = (" and " if rest < 100 else ", ") + spell(rest)
            return f"{spell(head)} {name}{tail}"
    raise AssertionError("unreachable")


def amount_in_words(amount: str, currency: str = "dollars", minor: str = "cents") -> str:
    whole, _, frac = amount.replace(",", "").partition(".")
    cents = int((frac + "00")[:2]) if frac else 0
    words = f"{spell(int(whole))} {currency}"
    if cents:
        words += f" and {spell(cents)} {minor}"
    return words[0].upper() + words[1:]


if __name__ == "__main__":
    for v in ["0", "15", "101", "1,234.56", "1000000", "2000017.05", "-42"]:
        print(v, "->", amount_in_words(v))
