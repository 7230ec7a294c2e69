# family: ordinary, blind round 59 (validate an IBAN with mod-97 check)
import string

IBAN_LENGTHS = {
    "DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27,
    "BE": 16, "CH": 21, "AT": 20, "IE": 22, "PL": 28, "SE": 24,
}

LETTER_VALUES = {ch: str(i) for i, ch in enumerate(string.ascii_uppercase, start=10)}


def validate_iban(iban: str) -> dict:
    """Return {'valid': bool, 'reason': str, 'formatted': str}."""
    cleaned = iban.replace(" ", "").replace("-", "").upper()
    result = {"valid": False, "reason": "", "formatted": " ".join(
        cleaned[i:i + 4] for i in range(0, len(cleaned), 4))}
    if len(cleaned) < 5 or not cleaned.isalnum():
        result["reason"] = "contains invalid characters or too short"
        return result
    country = cleaned[:2]
    expected = IBAN_LENGTHS.get(country)
    if expected is None:
        result["reason"] = f"unsupported country code {country}"
        return result
    if len(cleaned) != expected:
        result["reason"] = f"expected length {expected}, got {len(cleaned)}"
        return result
    rearranged = cleaned[4:] + cleaned[:4]
    numeric = "".join(LETTER_VALUES.get(ch, ch) for ch in rearranged)
    if int(numeric) % 97 != 1:
        result["reason"] = "checksum mismatch"
        return result
    result["valid"] = True
    result["reason"] = "ok"
    return result


if __name__ == "__main__":
    samples = [
        "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
        "GB82 WEST 1234 5698 7654 33",
        "NL91ABNA0417164300",
        "XX00 1234",
    ]
    for s in samples:
        r = validate_iban(s)
        print(f"{r['formatted']:<35} valid={r['valid']!s:<5} {r['reason']}")
