"""Normalize and validate phone numbers and extract them from free text."""
import re

COUNTRY_CODES = {"US": "1", "CA": "1", "GB": "44", "FR": "33", "DE": "49", "NO": "47", "IN": "91"}
NATIONAL_LENGTHS = {"1": {10}, "44": {10}, "33": {9}, "49": {10, 11}, "47": {8}, "91": {10}}
CANDIDATE_RE = re.compile(r"(?:\+|00)?[\d\s().-]{7,}\d")


def normalize(raw: str, default_country: str = "US") -> str | None:
    """Return E.164 (+CCNNNN...) or None when invalid."""
    text = raw.strip()
    digits = re.sub(r"\D", "", text)
    if text.startswith("+"):
        pass
    elif text.startswith("00"):
        digits = digits[2:]
    else:
        cc = COUNTRY_CODES.get(default_country.upper())
        if cc is None:
            raise ValueError(f"unknown country {default_country}")
        national = digits[1:] if digits.startswith("0") else digits
        if cc == "1" and len(national) == 11 and national.startswith("1"):
            national = national[1:]
        digits = cc + national
    for cc in sorted(NATIONAL_LENGTHS, key=len, reverse=True):
        if digits.startswith(cc) and len(digits) - len(cc) in NATIONAL_LENGTHS[cc]:
            return "+" + digits
    return None


def pretty(e164: str) -> str:
    if e164.startswith("+1") and len(e164) == 12:
        d = e164[2:]
        return f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"
    cc_len = next((len(cc) for cc in sorted(NATIONAL_LENGTHS, key=len, reverse=True) if e164[1:].startswith(cc)), 2)
    rest = e164[1 + cc_len:]
    groups = [rest[i:i + 2] if i else rest[:3] for i in range(0, len(rest), 2)]
    return f"+{e164[1:1 + cc_len]} {rest[:3]} " + " ".join(rest[3 + i:5 + i] for i in range(0, len(rest) - 3, 2))


def extract_phones(text: str, default_country: str = "US") -> list[dict]:
    found = []
    for m in CANDIDATE_RE.finditer(text):
        e164 = normalize(m.group(), default_country)
        found.append({"raw": m.group().strip(), "e164": e164, "pretty": pretty(e164) if e164 else None})
    return found


if __name__ == "__main__":
    print(normalize("(415) 555-2671"), normalize("020 7946 0958", "GB"), normalize("+33 6 12 34 56 78"),
          normalize("12345"))
    for row in extract_phones("Call 415.555.2671 or +44 20 7946 0958; fax 0047 22 33 44 55. Ref 2024-01-01"):
        print(row)
