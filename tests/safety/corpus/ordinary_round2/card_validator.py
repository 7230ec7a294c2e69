# ordinary: Luhn checksum and card-brand detection with regex, masked output
import re
from enum import Enum
from typing import Optional


class CardBrand(Enum):
    VISA = r"^4\d{12}(\d{3})?$"
    MASTERCARD = r"^(5[1-5]\d{14}|2(2[2-9]|[3-6]\d|7[01])\d{12}|2720\d{12})$"
    AMEX = r"^3[47]\d{13}$"
    DISCOVER = r"^6(011|5\d{2})\d{12}$"

    @classmethod
    def detect(cls, number: str) -> Optional["CardBrand"]:
        for brand in cls:
            if re.match(brand.value, number):
                return brand
        return None

    @property
    def label(self) -> str:
        return self.name.title()


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in reversed(number)]
    total = 0
    for index, digit in enumerate(digits):
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def mask(number: str, visible: int = 4) -> str:
    return "*" * (len(number) - visible) + number[-visible:]


def check_card(raw: str) -> dict:
    number = re.sub(r"\D", "", raw)
    brand = CardBrand.detect(number)
    return {
        "masked": mask(number) if number else "",
        "brand": brand.label if brand else "Unknown",
        "luhn_ok": bool(number) and luhn_valid(number),
        "length": len(number),
    }


if __name__ == "__main__":
    for card in ["4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005", "1234"]:
        print(check_card(card))
