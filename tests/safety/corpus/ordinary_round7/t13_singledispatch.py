# ordinary: describe JSON values by type using functools.singledispatch
from functools import singledispatch
from typing import Any


@singledispatch
def describe(value: Any) -> str:
    return f"<{type(value).__name__}>"


@describe.register
def _(value: bool) -> str:
    return "yes" if value else "no"


@describe.register(int)
@describe.register(float)
def _num(value) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:.3g}"


@describe.register
def _(value: str) -> str:
    return repr(value if len(value) <= 20 else value[:17] + "...")


@describe.register
def _(value: list) -> str:
    return "[" + ", ".join(describe(v) for v in value) + "]"


@describe.register
def _(value: dict) -> str:
    return "{" + ", ".join(f"{k}: {describe(v)}" for k, v in value.items()) + "}"


def describe_value(value: Any) -> dict[str, str]:
    """Return a compact human-readable description of a JSON value."""
    return {"description": describe(value), "kind": type(value).__name__}


if __name__ == "__main__":
    print(describe_value({"n": 1234567, "pi": 3.14159, "ok": True, "tags": ["a", "b"], "none": None}))
