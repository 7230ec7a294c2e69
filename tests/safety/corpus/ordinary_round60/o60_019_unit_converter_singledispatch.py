# family: ordinary, blind round 60 (duration formatter using functools.singledispatch)
from datetime import timedelta
from decimal import Decimal
from functools import singledispatch

UNITS = [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)]


@singledispatch
def humanize(value) -> str:
    raise TypeError(f"unsupported type: {type(value).__name__}")


@humanize.register
def _(value: int) -> str:
    if value < 0:
        return "-" + humanize(-value)
    if value == 0:
        return "0s"
    parts = []
    for suffix, size in UNITS:
        count, value = divmod(value, size)
        if count:
            parts.append(f"{count}{suffix}")
    return " ".join(parts)


@humanize.register
def _(value: float) -> str:
    whole = int(value)
    ms = round((value - whole) * 1000)
    base = humanize(whole) if whole else ""
    return f"{base} {ms}ms".strip() if ms else base


@humanize.register(Decimal)
def _(value) -> str:
    return humanize(float(value))


@humanize.register
def _(value: timedelta) -> str:
    return humanize(value.total_seconds())


@humanize.register(list)
@humanize.register(tuple)
def _(value) -> str:
    return ", ".join(humanize(v) for v in value)


@humanize.register
def _(value: str) -> str:
    try:
        return humanize(int(value))
    except ValueError:
        return humanize(float(value))


if __name__ == "__main__":
    samples = [0, 59, 3661, -90, 12.345, Decimal("7200.5"), timedelta(days=2, minutes=5),
               [30, 90, 3600], "86401"]
    for s in samples:
        print(f"{s!r:40} -> {humanize(s)}")
    try:
        humanize({"a": 1})
    except TypeError as e:
        print("error:", e)
