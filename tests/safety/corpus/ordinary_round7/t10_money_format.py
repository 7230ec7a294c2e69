# ordinary: format amounts as currency strings in several styles
from decimal import Decimal, InvalidOperation
from typing import Literal

Style = Literal["us", "eu", "plain"]
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _split(amount: Decimal) -> tuple[str, str]:
    whole, _, frac = "{:.2f}".format(abs(amount)).partition(".")
    return whole, frac


def format_money(amount: str, currency: str = "USD", style: Style = "us") -> dict[str, str]:
    """Format a decimal amount: us=$1,234.50, eu=1.234,50 €, plain=1234.50 USD."""
    try:
        value = Decimal(amount)
    except InvalidOperation:
        return {"error": "not a number: {!r}".format(amount)}
    sign = "-" if value < 0 else ""
    symbol = SYMBOLS.get(currency.upper(), currency.upper())
    whole, frac = _split(value)
    grouped = "{:,}".format(int(whole))
    match style:
        case "us":
            text = "{sign}{sym}{num}.{frac}".format(sign=sign, sym=symbol, num=grouped, frac=frac)
        case "eu":
            text = "{0}{1},{2} {3}".format(sign, grouped.replace(",", "."), frac, symbol)
        case "plain":
            text = f"{sign}{whole}.{frac} {currency.upper()}"
        case _:
            return {"error": f"unknown style {style}"}
    return {"text": text, "padded": "{0:>14}".format(text), "fixed": "{0:>12.2f}".format(float(value))}


if __name__ == "__main__":
    print(format_money("-1234.5", "eur", "eu"))
