# ordinary: keep an old function name working with a deprecation warning, and collect warnings in tests
import warnings
from functools import wraps


def deprecated(replacement: str):
    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(
                f"{func.__name__}() is deprecated; use {replacement}() instead",
                DeprecationWarning,
                stacklevel=2,
            )
            return func(*args, **kwargs)
        return wrapper
    return decorator


def format_price(amount: float, currency: str = "USD", decimals: int = 2) -> str:
    symbols = {"USD": "$", "EUR": "€", "GBP": "£"}
    symbol = symbols.get(currency)
    number = f"{amount:,.{decimals}f}"
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


@deprecated("format_price")
def money(amount, cur="USD"):
    return format_price(amount, cur)


def parse_ratio(text: str, strict: bool | None = None) -> float:
    if strict is not None:
        warnings.warn("the 'strict' argument is ignored and will be removed", FutureWarning, stacklevel=2)
    num, _, den = text.partition(":")
    return float(num) / float(den or 1)


if __name__ == "__main__":
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(money(1234.5), money(99, "EUR"), parse_ratio("16:9", strict=True))
    for w in caught:
        print(f"{w.category.__name__}: {w.message}")
