"""Parse human duration strings ('1h30m', '90s', 45) into timedeltas or seconds."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Literal, overload

_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|w|d|h|m|s)", re.IGNORECASE)
_FACTORS: dict[str, float] = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1, "ms": 0.001}


@overload
def parse_duration(value: str | int | float, as_seconds: Literal[False] = ...) -> timedelta: ...
@overload
def parse_duration(value: str | int | float, as_seconds: Literal[True]) -> float: ...


def parse_duration(value: str | int | float, as_seconds: bool = False) -> timedelta | float:
    """Parse a duration. Bare numbers are seconds."""
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        text = value.strip().lower().replace(" ", "")
        if re.fullmatch(r"\d+(\.\d+)?", text):
            seconds = float(text)
        else:
            matches = list(_PART.finditer(text))
            if not matches or "".join(m.group(0) for m in matches) != text:
                raise ValueError(f"unrecognised duration: {value!r}")
            seconds = sum(float(m.group(1)) * _FACTORS[m.group(2)] for m in matches)
    return seconds if as_seconds else timedelta(seconds=seconds)


def format_duration(td: timedelta) -> str:
    """Format a timedelta compactly, e.g. '1d2h5m'."""
    total = int(td.total_seconds())
    if total == 0:
        return "0s"
    sign = "-" if total < 0 else ""
    total = abs(total)
    parts = []
    for unit in ("w", "d", "h", "m", "s"):
        qty, total = divmod(total, int(_FACTORS[unit]))
        if qty:
            parts.append(f"{qty}{unit}")
    return sign + "".join(parts)


def total_duration(values: list[str]) -> str:
    return format_duration(sum((parse_duration(v) for v in values), timedelta()))


if __name__ == "__main__":
    print(parse_duration("1h30m"), parse_duration("250ms", as_seconds=True), parse_duration(45))
    print(total_duration(["2d", "20h", "3h 15m", "45m", "90"]))
    try:
        parse_duration("5 parsecs")
    except ValueError as exc:
        print(exc)
