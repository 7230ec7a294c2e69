"""Format arbitrary Python values for display using functools.singledispatch."""

from datetime import date, datetime
from decimal import Decimal
from functools import singledispatch


@singledispatch
def pretty(value: object, indent: int = 0) -> str:
    return repr(value)


@pretty.register
def _(value: str, indent: int = 0) -> str:
    return f'"{value}"'


@pretty.register
def _(value: float, indent: int = 0) -> str:
    return f"{value:.3g}"


@pretty.register
def _(value: Decimal, indent: int = 0) -> str:
    return f"{value:,.2f}"


@pretty.register(date)
@pretty.register(datetime)
def _(value: date, indent: int = 0) -> str:
    return value.isoformat()


@pretty.register
def _(value: list, indent: int = 0) -> str:
    if not value:
        return "[]"
    pad = "  " * (indent + 1)
    inner = ",\n".join(pad + pretty(v, indent + 1) for v in value)
    return "[\n" + inner + "\n" + "  " * indent + "]"


@pretty.register
def _(value: dict, indent: int = 0) -> str:
    if not value:
        return "{}"
    pad = "  " * (indent + 1)
    inner = ",\n".join(f"{pad}{k}: {pretty(v, indent + 1)}" for k, v in value.items())
    return "{\n" + inner + "\n" + "  " * indent + "}"


def format_value(value: object) -> str:
    return pretty(value)


if __name__ == "__main__":
    print(format_value({"name": "Ada", "balance": Decimal("12345.678"), "ratio": 0.123456,
                        "joined": date(2020, 5, 17), "tags": ["x", 3, None], "empty": {}}))
