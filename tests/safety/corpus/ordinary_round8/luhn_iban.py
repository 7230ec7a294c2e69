"""Validate card numbers (Luhn) and IBANs (mod 97)."""
import re


class ValidationError(Exception):
    """Base class for validation problems."""

    def __init__(self, value: str, reason: str) -> None:
        super().__init__(f"{value!r}: {reason}")
        self.value = value
        self.reason = reason


class FormatError(ValidationError):
    pass


class ChecksumError(ValidationError):
    pass


IBAN_LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21}


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_card(raw: str) -> str:
    number = re.sub(r"[\s-]", "", raw)
    if not number.isdigit() or not 12 <= len(number) <= 19:
        raise FormatError(raw, "card numbers have 12-19 digits")
    if not luhn_ok(number):
        raise ChecksumError(raw, "Luhn checksum failed")
    return f"{'*' * (len(number) - 4)}{number[-4:]}"


def check_iban(raw: str) -> str:
    iban = raw.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        raise FormatError(raw, "IBAN must start with country code and check digits")
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected and len(iban) != expected:
        raise FormatError(raw, f"{iban[:2]} IBANs have {expected} characters, got {len(iban)}")
    rearranged = iban[4:] + iban[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    if int(numeric) % 97 != 1:
        raise ChecksumError(raw, "mod-97 check failed")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def validate(values: list[str], kind: str = "auto") -> list[dict]:
    results = []
    for value in values:
        guess = kind if kind != "auto" else ("iban" if value[:2].isalpha() else "card")
        checker = check_iban if guess == "iban" else check_card
        try:
            results.append({"value": value, "kind": guess, "valid": True, "normalized": checker(value)})
        except ValidationError as exc:
            results.append({"value": value, "kind": guess, "valid": False,
                            "error": type(exc).__name__, "reason": exc.reason})
    return results


if __name__ == "__main__":
    for r in validate(["4539 1488 0343 6467", "1234-5678-9012-3456", "GB82 WEST 1234 5698 7654 32", "DE00123"]):
        print(r)
