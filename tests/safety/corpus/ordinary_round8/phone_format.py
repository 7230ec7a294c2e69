import re

COUNTRY_RULES = {
    # code: (national number length, grouping, trunk prefix)
    "1": (10, (3, 3, 4), "1"),
    "44": (10, (4, 6), "0"),
    "49": (11, (4, 7), "0"),
    "33": (9, (1, 2, 2, 2, 2), "0"),
    "91": (10, (5, 5), "0"),
}
NON_DIGIT = re.compile(r"\D")


def _group(digits: str, sizes: tuple[int, ...]) -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(digits[i:i + size])
        i += size
    if i < len(digits):
        parts.append(digits[i:])
    return " ".join(p for p in parts if p)


def format_phone(raw: str, default_country: str = "1") -> dict:
    """Normalise a phone number to E.164 and a readable international format."""
    s = raw.strip()
    ext = None
    m = re.search(r"(?:ext\.?|x|#)\s*(\d{1,6})$", s, re.IGNORECASE)
    if m:
        ext, s = m.group(1), s[:m.start()]
    digits = NON_DIGIT.sub("", s)
    if s.startswith("+") or s.startswith("00"):
        digits = digits[2:] if s.startswith("00") else digits
        country = next((c for c in sorted(COUNTRY_RULES, key=len, reverse=True) if digits.startswith(c)), None)
        if country is None:
            return {"input": raw, "valid": False, "reason": "unknown country code"}
        national = digits[len(country):]
    else:
        country = default_country
        national = digits
    length, grouping, trunk = COUNTRY_RULES[country]
    if len(national) == length + len(trunk) and national.startswith(trunk):
        national = national[len(trunk):]
    if len(national) != length:
        return {"input": raw, "valid": False, "reason": f"expected {length} digits for +{country}, got {len(national)}"}
    return {
        "input": raw,
        "valid": True,
        "e164": f"+{country}{national}",
        "international": f"+{country} {_group(national, grouping)}",
        "extension": ext,
    }


if __name__ == "__main__":
    for n in ["(415) 555-2671", "+44 20 7946 0958", "0044 (0)20 7946 0958", "030 123456789",
              "+33 1 42 68 53 00 ext. 12", "+999 1234", "555-1234"]:
        print(format_phone(n, default_country="49" if n.startswith("030") else "1"))
