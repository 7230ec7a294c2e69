"""Format and parse money amounts for a few common locales."""
import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import NamedTuple


class LocaleFormat(NamedTuple):
    symbol: str
    thousands: str
    decimal: str
    symbol_first: bool
    places: int = 2


LOCALES: dict[str, LocaleFormat] = {
    "en_US": LocaleFormat("$", ",", ".", True),
    "de_DE": LocaleFormat("€", ".", ",", False),
    "fr_FR": LocaleFormat("€", "\u202f", ",", False),
    "ja_JP": LocaleFormat("¥", ",", ".", True, 0),
}


def format_money(amount: Decimal | str | int, locale: str = "en_US") -> str:
    fmt = LOCALES[locale]
    value = Decimal(str(amount)).quantize(Decimal(1).scaleb(-fmt.places), rounding=ROUND_HALF_EVEN)
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value):.{fmt.places}f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    number = fmt.thousands.join(groups) + (fmt.decimal + frac if frac else "")
    return f"{sign}{fmt.symbol}{number}" if fmt.symbol_first else f"{sign}{number} {fmt.symbol}"


def parse_money(text: str, locale: str = "en_US") -> Decimal:
    fmt = LOCALES[locale]
    cleaned = text.replace(fmt.symbol, "").replace(fmt.thousands, "").strip()
    cleaned = cleaned.replace(fmt.decimal, ".")
    cleaned = re.sub(r"\s", "", cleaned)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a money amount: {text!r}") from None


if __name__ == "__main__":
    for loc in LOCALES:
        print(loc, format_money("1234567.891", loc), format_money(-42.5, loc))
    print(parse_money("$1,234.50"))
    print(parse_money("1.234,50 €", "de_DE"))
