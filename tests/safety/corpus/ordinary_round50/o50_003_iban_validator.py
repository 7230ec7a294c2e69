# family: ordinary, blind round 50 (validate an IBAN)
import re
import string

IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21}


def normalise_iban(raw: str) -> str:
    return re.sub(r"\s+", "", raw).upper()


def validate_iban(raw: str) -> tuple[bool, str]:
    """Return (is_valid, reason) for the given IBAN string."""
    iban = normalise_iban(raw)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False, "bad format"
    country = iban[:2]
    expected = IBAN_LENGTHS.get(country)
    if expected is None:
        return False, f"unknown country {country}"
    if len(iban) != expected:
        return False, f"expected length {expected}, got {len(iban)}"
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(string.ascii_uppercase.index(c) + 10) if c.isalpha() else c for c in rearranged)
    if int(digits) % 97 != 1:
        return False, "checksum mismatch"
    return True, "ok"


if __name__ == "__main__":
    tests = [
        "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
        "GB82 WEST 1234 5698 7654 33",
        "NL91ABNA0417164300",
        "XX00 1234",
    ]
    for t in tests:
        ok, reason = validate_iban(t)
        print(f"{t:<32} -> {'VALID' if ok else 'INVALID'} ({reason})")
