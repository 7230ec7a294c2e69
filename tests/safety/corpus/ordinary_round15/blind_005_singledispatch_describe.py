"""Human-readable description of arbitrary values using functools.singledispatch."""
import datetime as dt
from decimal import Decimal
from functools import singledispatch


@singledispatch
def describe(value) -> str:
    return f"<{type(value).__name__}>"


@describe.register
def _(value: bool) -> str:
    return "yes" if value else "no"


@describe.register(int)
@describe.register(float)
def _num(value) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if abs(value) >= 1_000:
        return f"{value / 1_000:.1f}k"
    return str(value)


@describe.register
def _(value: Decimal) -> str:
    return f"{value:.2f}"


@describe.register
def _(value: str) -> str:
    return value if len(value) <= 20 else value[:17] + "..."


@describe.register
def _(value: list) -> str:
    inner = ", ".join(describe(v) for v in value[:3])
    more = f" (+{len(value) - 3} more)" if len(value) > 3 else ""
    return f"[{inner}{more}]"


@describe.register
def _(value: dict) -> str:
    return "{" + ", ".join(f"{k}: {describe(v)}" for k, v in value.items()) + "}"


@describe.register
def _(value: dt.date) -> str:
    return value.strftime("%d %b %Y")


if __name__ == "__main__":
    print(describe({"users": 1234567, "active": True, "ratio": 0.25, "since": dt.date(2020, 1, 2),
                    "tags": ["a", "b", "c", "d", "e"], "note": "a rather long note about things",
                    "cost": Decimal("3.14159"), "misc": object()}))
