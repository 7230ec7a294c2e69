"""Fluent, immutable query-string builder using type(self)(...) copies."""
from __future__ import annotations

import copy
from typing import Any
from urllib.parse import urlencode


class Query:
    __slots__ = ("base", "params", "fragment")

    def __init__(self, base: str, params: list[tuple[str, str]] | None = None, fragment: str = "") -> None:
        self.base = base
        self.params = list(params or [])
        self.fragment = fragment

    def __copy__(self) -> Query:
        return type(self)(self.base, self.params, self.fragment)

    def with_param(self, key: str, value: Any) -> Query:
        clone = copy.copy(self)
        match value:
            case None:
                return clone
            case bool(b):
                clone.params.append((key, "1" if b else "0"))
            case list() | tuple() | set():
                clone.params.extend((key, str(v)) for v in value)
            case _:
                clone.params.append((key, str(value)))
        return clone

    def with_fragment(self, fragment: str) -> Query:
        return type(self)(self.base, self.params, fragment)

    def __str__(self) -> str:
        qs = urlencode(self.params)
        out = f"{self.base}?{qs}" if qs else self.base
        return f"{out}#{self.fragment}" if self.fragment else out

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


def build_query(base: str, params: dict[str, Any], fragment: str = "") -> dict[str, str]:
    """Entry point: build a URL string; show that the original stays unchanged."""
    original = Query(base)
    q = original
    for key, value in params.items():
        q = q.with_param(key, value)
    if fragment:
        q = q.with_fragment(fragment)
    return {"url": str(q), "original": str(original), "repr": repr(q)}
