"""Normalise and format phone numbers for a handful of countries."""
import re
from typing import NamedTuple


class Country(NamedTuple):
    code: str
    dial: str
    national_len: int
    pattern: str  # grouping pattern, '#' = digit


COUNTRIES = {
    "US": Country("US", "1", 10, "(###) ###-####"),
    "GB": Country("GB", "44", 10, "#### ######"),
    "DE": Country("DE", "49", 11, "#### #######"),
    "FR": Country("FR", "33", 9, "# ## ## ## ##"),
}


def normalize(raw: str, default_country: str = "US") -> str:
    """Return the number in E.164 form (+CCNNNN...)."""
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+") or raw.strip().startswith("00"):
        digits = digits[2:] if raw.strip().startswith("00") else digits
        for c in COUNTRIES.values():
            if digits.startswith(c.dial) and len(digits) - len(c.dial) == c.national_len:
                return "+" + digits
        raise ValueError(f"unrecognised international number {raw!r}")
    country = COUNTRIES[default_country]
    national = digits.lstrip("0") if country.code != "US" else digits
    if country.code == "US" and len(national) == 11 and national.startswith("1"):
        national = national[1:]
    if len(national) != country.national_len:
        raise ValueError(f"{raw!r} has {len(national)} digits, expected {country.national_len}")
    return f"+{country.dial}{national}"


def format_national(e164: str) -> str:
    digits = e164.lstrip("+")
    for c in COUNTRIES.values():
        if digits.startswith(c.dial) and len(digits) - len(c.dial) == c.national_len:
            it = iter(digits[len(c.dial):])
            return "".join(next(it) if ch == "#" else ch for ch in c.pattern)
    return e164


if __name__ == "__main__":
    for raw, cc in [("(415) 555-2671", "US"), ("1-415-555-2671", "US"),
                    ("020 7946 0958", "GB"), ("+33 1 42 68 53 00", "US"), ("0049 30 123456789", "US")]:
        e = normalize(raw, cc)
        print(f"{raw:22} -> {e:15} {format_national(e)}")
    try:
        normalize("555-1234")
    except ValueError as exc:
        print(exc)
