# family: ordinary, blind round 61 (IBAN validator)
import string
from dataclasses import dataclass, asdict

IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21}
LETTER_VALUES = {ch: str(i) for i, ch in enumerate(string.ascii_uppercase, start=10)}


class IbanError(ValueError):
    pass


@dataclass
class IbanResult:
    iban: str
    country: str
    valid: bool
    formatted: str
    error: str | None = None


def _to_numeric(rearranged: str) -> int:
    try:
        return int("".join(LETTER_VALUES.get(ch, ch) for ch in rearranged))
    except ValueError as err:
        raise IbanError("IBAN contains invalid characters") from err


def validate_iban(iban: str) -> dict:
    """Validate an IBAN using country length rules and the ISO 7064 mod-97 checksum."""
    compact = "".join(iban.split()).upper()
    country = compact[:2]
    formatted = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    try:
        if not compact.isalnum():
            raise IbanError("IBAN must be alphanumeric")
        expected = IBAN_LENGTHS.get(country)
        if expected is None:
            raise IbanError(f"Unsupported country code {country!r}")
        if len(compact) != expected:
            raise IbanError(f"Expected {expected} characters, got {len(compact)}")
        if _to_numeric(compact[4:] + compact[:4]) % 97 != 1:
            raise IbanError("Checksum mismatch")
    except IbanError as exc:
        return asdict(IbanResult(compact, country, False, formatted, str(exc)))
    return asdict(IbanResult(compact, country, True, formatted))


if __name__ == "__main__":
    for candidate in ["GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "GB82WEST12345698765433", "XX00"]:
        print(validate_iban(candidate))
