"""Pretty-format arbitrary values for display using singledispatch."""
from datetime import date, datetime
from decimal import Decimal
from functools import singledispatch


@singledispatch
def display(value) -> str:
    """Fallback: use repr."""
    return repr(value)


@display.register
def _(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "..."


@display.register(int)
@display.register(Decimal)
def _(value) -> str:
    return f"{value:,}"


@display.register
def _(value: float) -> str:
    return f"{value:,.2f}"


@display.register
def _(value: bool) -> str:
    return "yes" if value else "no"


@display.register
def _(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


@display.register
def _(value: date) -> str:
    return value.strftime("%d %b %Y")


@display.register(list)
@display.register(tuple)
def _(value) -> str:
    return ", ".join(display(v) for v in value)


@display.register
def _(value: dict) -> str:
    return "; ".join(f"{k}={display(v)}" for k, v in value.items())


@display.register(type(None))
def _(value) -> str:
    return "-"


if __name__ == "__main__":
    samples = [1234567, 3.14159, True, None, "x" * 50, date(2024, 3, 1),
               datetime(2024, 3, 1, 9, 30), Decimal("1000.5"), [1, 2.5, "a"],
               {"qty": 3, "price": 9.5, "ok": False}]
    for s in samples:
        print(display(s))
