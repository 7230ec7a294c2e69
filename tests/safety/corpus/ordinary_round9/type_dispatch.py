"""Serialize values to a compact text form using a type-keyed registry."""
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable


def _fmt_bool(v: bool) -> str:
    return "T" if v else "F"


def _fmt_list(v: list) -> str:
    return "[" + ",".join(to_text(x) for x in v) + "]"


def _fmt_dict(v: dict) -> str:
    return "{" + ",".join(f"{k}={to_text(x)}" for k, x in sorted(v.items())) + "}"


HANDLERS: dict[type, Callable[[Any], str]] = {
    int: str,
    float: lambda v: f"{v:.3g}",
    str: lambda v: '"' + v.replace('"', '\\"') + '"',
    bool: _fmt_bool,
    type(None): lambda v: "nil",
    list: _fmt_list,
    tuple: _fmt_list,
    dict: _fmt_dict,
    Decimal: lambda v: f"{v}d",
    date: lambda v: v.isoformat(),
    datetime: lambda v: v.isoformat(timespec="seconds"),
}


def to_text(value: Any) -> str:
    handler = HANDLERS.get(type(value))
    if handler is None:
        for typ, fn in HANDLERS.items():
            if isinstance(value, typ):
                handler = fn
                break
        else:
            raise TypeError(f"no handler for {type(value).__name__}")
    return handler(value)


def serialize(values: list[Any]) -> str:
    """Entry point: serialize a list of values, one per line."""
    return "\n".join(to_text(v) for v in values)
