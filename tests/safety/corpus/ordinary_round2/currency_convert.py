# ordinary: currency conversion through a base currency using Decimal rates and banker's rounding
from decimal import Decimal, ROUND_HALF_EVEN, InvalidOperation
from typing import Mapping

RATES_PER_USD: Mapping[str, Decimal] = {
    "USD": Decimal("1"),
    "EUR": Decimal("0.9213"),
    "GBP": Decimal("0.7871"),
    "JPY": Decimal("151.62"),
    "CHF": Decimal("0.9034"),
}
MINOR_UNITS = {"JPY": 0}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


class UnknownCurrency(KeyError):
    def __str__(self) -> str:
        return f"unknown currency code: {self.args[0]}"


def _quantum(code: str) -> Decimal:
    places = MINOR_UNITS.get(code, 2)
    return Decimal(1).scaleb(-places)


def convert(amount: str | Decimal, source: str, target: str, rates=RATES_PER_USD) -> Decimal:
    source, target = source.upper(), target.upper()
    for code in (source, target):
        if code not in rates:
            raise UnknownCurrency(code)
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        raise ValueError(f"not a number: {amount!r}") from None
    usd = value / rates[source]
    return (usd * rates[target]).quantize(_quantum(target), rounding=ROUND_HALF_EVEN)


def format_money(amount: Decimal, code: str) -> str:
    symbol = SYMBOLS.get(code, "")
    places = MINOR_UNITS.get(code, 2)
    text = f"{abs(amount):,.{places}f}"
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{text}" if symbol else f"{sign}{text} {code}"


if __name__ == "__main__":
    for amt, src, dst in [("100", "USD", "EUR"), ("2500", "JPY", "GBP"), ("19.99", "EUR", "JPY"), ("-5", "GBP", "CHF")]:
        result = convert(amt, src, dst)
        print(f"{format_money(Decimal(amt), src):>12} -> {format_money(result, dst)}")
    try:
        convert("1", "USD", "XYZ")
    except UnknownCurrency as e:
        print(e)
