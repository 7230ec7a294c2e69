# family: ordinary, blind round 50 (dispatch on type with singledispatch)
from datetime import date, datetime
from decimal import Decimal
from functools import singledispatch


@singledispatch
def describe(value) -> str:
    return f"<{type(value).__name__}> {value!r}"


@describe.register
def _(value: str) -> str:
    return f'"{value}"'


@describe.register
def _(value: bool) -> str:
    return "yes" if value else "no"


@describe.register
def _(value: int) -> str:
    return f"{value:,}"


@describe.register
def _(value: float) -> str:
    return f"{value:.3g}"


@describe.register
def _(value: Decimal) -> str:
    return f"${value:,.2f}"


@describe.register(date)
def _(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%d %b %Y")


@describe.register(list)
@describe.register(tuple)
def _(value) -> str:
    return "[" + ", ".join(describe(v) for v in value) + "]"


@describe.register
def _(value: dict) -> str:
    return "{" + ", ".join(f"{k}: {describe(v)}" for k, v in value.items()) + "}"


@describe.register(type(None))
def _(value) -> str:
    return "n/a"


if __name__ == "__main__":
    record = {
        "id": 1234567,
        "active": True,
        "ratio": 0.456789,
        "balance": Decimal("10432.5"),
        "joined": date(2021, 4, 3),
        "last_seen": datetime(2024, 2, 29, 13, 5),
        "tags": ["vip", 3, None],
        "extra": {1, 2},
    }
    print(describe(record))
