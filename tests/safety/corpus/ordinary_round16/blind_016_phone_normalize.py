"""Normalise phone numbers into E.164-ish format for a few countries."""
import re

COUNTRY_CODES = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "FR": "33", "NL": "31"}
NATIONAL_LENGTHS = {"1": (10,), "44": (10,), "49": (10, 11), "33": (9,), "31": (9,)}


def normalize_phone(raw: str, default_country: str = "US") -> str:
    """Return '+<cc><number>' or raise ValueError."""
    raw = raw.strip()
    raw = re.sub(r"\s*(ext\.?|x)\s*\d+$", "", raw, flags=re.I)
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+") or raw.startswith("00"):
        if raw.startswith("00"):
            digits = digits[2:]
        for cc in sorted(set(COUNTRY_CODES.values()), key=len, reverse=True):
            if digits.startswith(cc):
                national = digits[len(cc):]
                break
        else:
            raise ValueError(f"unknown country code in {raw!r}")
    else:
        cc = COUNTRY_CODES.get(default_country.upper())
        if cc is None:
            raise ValueError(f"unsupported country {default_country}")
        national = digits
        if cc == "1" and len(national) == 11 and national.startswith("1"):
            national = national[1:]
        elif national.startswith("0"):
            national = national[1:]
    if len(national) not in NATIONAL_LENGTHS[cc]:
        raise ValueError(f"wrong length for +{cc}: {national}")
    return f"+{cc}{national}"


def normalize_many(numbers: list[str], default_country: str = "US") -> dict:
    ok, bad = {}, {}
    for n in numbers:
        try:
            ok[n] = normalize_phone(n, default_country)
        except ValueError as e:
            bad[n] = str(e)
    return {"ok": ok, "errors": bad}


if __name__ == "__main__":
    print(normalize_many(["(555) 123-4567", "1-555-123-4567 x12", "+44 20 7946 0958",
                          "0044 20 7946 0958", "12345", "+99 123"]))
    print(normalize_phone("020 7946 0958", "GB"))
