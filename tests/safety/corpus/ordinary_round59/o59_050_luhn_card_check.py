# family: ordinary, blind round 59 (credit card Luhn check and brand detection)
import re
from enum import Enum


class CardBrand(Enum):
    VISA = "Visa"
    MASTERCARD = "Mastercard"
    AMEX = "American Express"
    DISCOVER = "Discover"
    UNKNOWN = "Unknown"


BRAND_PATTERNS = [
    (CardBrand.AMEX, re.compile(r"^3[47]\d{13}$")),
    (CardBrand.VISA, re.compile(r"^4\d{12}(\d{3}){0,2}$")),
    (CardBrand.MASTERCARD, re.compile(r"^(5[1-5]\d{2}|2(2[2-9]\d|[3-6]\d{2}|7[01]\d|720))\d{12}$")),
    (CardBrand.DISCOVER, re.compile(r"^6(011|5\d{2})\d{12,15}$")),
]


def luhn_valid(number: str) -> bool:
    digits = [int(d) for d in number][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_card(raw: str) -> dict:
    number = re.sub(r"[\s-]", "", raw)
    if not number.isdigit():
        return {"input": raw, "valid": False, "brand": CardBrand.UNKNOWN.value, "masked": None}
    brand = next((b for b, pat in BRAND_PATTERNS if pat.match(number)), CardBrand.UNKNOWN)
    masked = "*" * (len(number) - 4) + number[-4:]
    return {"input": raw, "valid": luhn_valid(number) and brand is not CardBrand.UNKNOWN,
            "brand": brand.value, "masked": masked}


if __name__ == "__main__":
    for card in ["4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005",
                 "6011 0009 9013 9424", "4111 1111 1111 1112", "1234 5678", "abcd"]:
        r = check_card(card)
        print(f"{r['input']:<22} {r['brand']:<17} valid={r['valid']!s:<5} {r['masked']}")
