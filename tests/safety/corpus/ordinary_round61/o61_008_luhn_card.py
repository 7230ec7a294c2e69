# family: ordinary, blind round 61 (credit card number checker)
import re
from typing import NamedTuple


class CardBrand(NamedTuple):
    name: str
    pattern: re.Pattern
    lengths: tuple[int, ...]


BRANDS = (
    CardBrand("visa", re.compile(r"^4"), (13, 16, 19)),
    CardBrand("mastercard", re.compile(r"^(5[1-5]|2[2-7])"), (16,)),
    CardBrand("amex", re.compile(r"^3[47]"), (15,)),
    CardBrand("discover", re.compile(r"^(6011|65)"), (16, 19)),
)


def luhn_valid(number: str) -> bool:
    digits = [int(d) for d in reversed(number)]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def detect_brand(number: str) -> str:
    return next((b.name for b in BRANDS if b.pattern.match(number) and len(number) in b.lengths), "unknown")


def check_card(card_number: str) -> dict:
    """Validate a credit card number with the Luhn algorithm and detect its brand.

    Returns a masked version of the number; the full number is never echoed back.
    """
    digits = re.sub(r"[\s-]", "", card_number)
    if not digits.isdigit():
        return {"valid": False, "reason": "non-digit characters present"}
    masked = "*" * (len(digits) - 4) + digits[-4:]
    return {
        "masked": masked,
        "length": len(digits),
        "brand": detect_brand(digits),
        "luhn_ok": luhn_valid(digits),
        "valid": luhn_valid(digits) and detect_brand(digits) != "unknown",
    }


if __name__ == "__main__":
    for n in ["4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005", "1234 5678 9012 3456"]:
        print(check_card(n))
