"""Validate identifiers with check digits: Luhn, ISBN-10/13, IBAN."""
import re


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in re.sub(r"[\s-]", "", number) if c.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def isbn_valid(isbn: str) -> bool:
    s = isbn.replace("-", "").replace(" ", "").upper()
    if len(s) == 10 and re.fullmatch(r"\d{9}[\dX]", s):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
        return total % 11 == 0
    if len(s) == 13 and s.isdigit():
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s))
        return total % 10 == 0
    return False


IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def iban_valid(iban: str) -> tuple[bool, str]:
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False, "bad format"
    expected = IBAN_LENGTHS.get(s[:2])
    if expected and len(s) != expected:
        return False, f"length {len(s)} != {expected}"
    rearranged = s[4:] + s[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return (int(numeric) % 97 == 1, "ok" if int(numeric) % 97 == 1 else "checksum mismatch")


def card_brand(number: str) -> str:
    n = re.sub(r"\D", "", number)
    if n.startswith("4"):
        return "visa"
    if re.match(r"5[1-5]|2[2-7]", n):
        return "mastercard"
    if re.match(r"3[47]", n):
        return "amex"
    return "unknown"


if __name__ == "__main__":
    print(luhn_valid("4539 1488 0343 6467"), luhn_valid("4539 1488 0343 6468"), card_brand("4539148803436467"))
    print(isbn_valid("0-306-40615-2"), isbn_valid("978-0-306-40615-7"), isbn_valid("978-0-306-40615-8"))
    print(iban_valid("GB82 WEST 1234 5698 7654 32"), iban_valid("DE89 3704 0044 0532 0130 00"))
    print(iban_valid("GB82 WEST 1234 5698 7654 33"), iban_valid("XX"))
