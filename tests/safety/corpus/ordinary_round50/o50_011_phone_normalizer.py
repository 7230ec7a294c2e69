# family: ordinary, blind round 50 (normalise phone numbers)
import re
from typing import Optional

COUNTRY_CODES = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "IN": "91"}


def normalize_phone(raw: str, default_region: str = "US") -> Optional[str]:
    """Normalise a phone number to E.164 format (e.g. +14155552671).

    Returns None if the input does not look like a phone number.
    """
    raw = raw.strip()
    raw = re.split(r"\s*(?:ext\.?|x)\s*\d+$", raw, flags=re.I)[0]
    has_plus = raw.startswith("+") or raw.startswith("00")
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("00"):
        digits = digits[2:]
    if has_plus:
        result = digits
    else:
        cc = COUNTRY_CODES.get(default_region.upper())
        if cc is None:
            raise ValueError(f"unsupported region {default_region}")
        if cc == "1" and len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        result = cc + digits.lstrip("0")
    if not 8 <= len(result) <= 15:
        return None
    return "+" + result


def format_us(e164: str) -> str:
    d = e164[2:]
    return f"({d[:3]}) {d[3:6]}-{d[6:]}"


if __name__ == "__main__":
    samples = [
        ("(415) 555-2671", "US"),
        ("1-415-555-2671 ext 42", "US"),
        ("+44 20 7946 0958", "US"),
        ("020 7946 0958", "GB"),
        ("0049 30 901820", "DE"),
        ("12", "US"),
    ]
    for number, region in samples:
        norm = normalize_phone(number, region)
        pretty = format_us(norm) if norm and norm.startswith("+1") else ""
        print(f"{number:<26} [{region}] -> {norm}  {pretty}")
