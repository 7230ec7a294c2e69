"""Validate credit card numbers (Luhn) and IBANs (mod-97), and mask them for display."""
import re

CARD_PREFIXES = [("amex", r"3[47]"), ("visa", r"4"), ("mastercard", r"5[1-5]|2[2-7]"), ("discover", r"6(?:011|5)")]
IBAN_LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21}


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def check_card(raw: str) -> dict:
    number = re.sub(r"[\s-]", "", raw)
    if not number.isdigit() or not 12 <= len(number) <= 19:
        return {"valid": False, "reason": "format"}
    brand = next((name for name, pat in CARD_PREFIXES if re.match(pat, number)), "unknown")
    return {"valid": luhn_ok(number), "brand": brand, "masked": "*" * (len(number) - 4) + number[-4:]}


def check_iban(raw: str) -> dict:
    iban = raw.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return {"valid": False, "reason": "format"}
    country = iban[:2]
    if country in IBAN_LENGTHS and len(iban) != IBAN_LENGTHS[country]:
        return {"valid": False, "reason": f"length {len(iban)} != {IBAN_LENGTHS[country]}"}
    rearranged = iban[4:] + iban[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    valid = int(numeric) % 97 == 1
    pretty = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return {"valid": valid, "country": country, "formatted": pretty}


if __name__ == "__main__":
    for c in ["4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005", "4111111111111112", "abc"]:
        print(c, check_card(c))
    for i in ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "GB82WEST12345698765431", "NL91ABNA041716430"]:
        print(i, check_iban(i))
