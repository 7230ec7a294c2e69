"""A configurable pretty printer using functools.singledispatchmethod."""
from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from functools import singledispatchmethod
from typing import Any


class PrettyPrinter:
    def __init__(self, indent: int = 2, max_items: int = 5) -> None:
        self.indent = indent
        self.max_items = max_items

    @singledispatchmethod
    def render(self, obj: Any, level: int = 0) -> str:
        if is_dataclass(obj):
            pad = " " * (self.indent * (level + 1))
            inner = ",\n".join(f"{pad}{f.name}={self.render(getattr(obj, f.name), level + 1)}" for f in fields(obj))
            return f"{type(obj).__name__}(\n{inner}\n{' ' * (self.indent * level)})"
        return repr(obj)

    @render.register
    def _(self, obj: str, level: int = 0) -> str:
        return repr(obj if len(obj) <= 40 else obj[:37] + "...")

    @render.register
    def _(self, obj: float, level: int = 0) -> str:
        return f"{obj:.3g}"

    @render.register
    def _(self, obj: date, level: int = 0) -> str:
        return obj.isoformat()

    @render.register(list)
    @render.register(tuple)
    def _(self, obj: Any, level: int = 0) -> str:
        shown = [self.render(x, level + 1) for x in obj[: self.max_items]]
        if len(obj) > self.max_items:
            shown.append(f"... +{len(obj) - self.max_items} more")
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        return open_ + ", ".join(shown) + close

    @render.register
    def _(self, obj: dict, level: int = 0) -> str:
        pad = " " * (self.indent * (level + 1))
        body = ",\n".join(f"{pad}{k!r}: {self.render(v, level + 1)}" for k, v in obj.items())
        return "{\n" + body + "\n" + " " * (self.indent * level) + "}" if obj else "{}"


@dataclass
class Measurement:
    when: date
    values: list[float]
    note: str = ""


def pretty(obj: Any, **options: Any) -> str:
    return PrettyPrinter(**options).render(obj)


if __name__ == "__main__":
    m = Measurement(date(2024, 6, 1), [1.23456, 2.5, 3.14159, 4.0, 5.5, 6.75, 7.0], "x" * 50)
    print(pretty({"sensor": "t1", "reading": m, "tags": ("a", "b")}))
