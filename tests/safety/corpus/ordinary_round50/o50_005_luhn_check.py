# family: ordinary, blind round 50 (validate a credit card number with Luhn)
from typing import Optional

CARD_PREFIXES = {
    "Visa": ("4",),
    "Mastercard": ("51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27"),
    "Amex": ("34", "37"),
    "Discover": ("6011", "65"),
}


def luhn_valid(number: str) -> bool:
    """Check a digit string against the Luhn (mod 10) algorithm."""
    digits = [int(d) for d in number if d.isdigit()]
    if len(digits) < 12:
        return False
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        checksum += d
    return checksum % 10 == 0


def card_brand(number: str) -> Optional[str]:
    digits = "".join(ch for ch in number if ch.isdigit())
    for brand, prefixes in CARD_PREFIXES.items():
        if digits.startswith(prefixes):
            return brand
    return None


def mask(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return "*" * (len(digits) - 4) + digits[-4:]


if __name__ == "__main__":
    cards = ["4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005", "4111 1111 1111 1112"]
    for c in cards:
        print(f"{mask(c):>20}  brand={card_brand(c) or 'unknown':<11} luhn_ok={luhn_valid(c)}")
