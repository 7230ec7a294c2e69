"""Output formatters registered by name via a class decorator."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable

Record = dict[str, Any]
FORMATTERS: dict[str, type["Formatter"]] = {}


def register(name: str) -> Callable[[type["Formatter"]], type["Formatter"]]:
    def decorator(cls: type["Formatter"]) -> type["Formatter"]:
        FORMATTERS[name] = cls
        cls.format_name = name
        return cls
    return decorator


class Formatter:
    format_name = "base"

    def __init__(self, **options: Any) -> None:
        self.options = options

    def render(self, records: list[Record]) -> str:
        raise NotImplementedError


@register("json")
class JsonFormatter(Formatter):
    def render(self, records: list[Record]) -> str:
        return json.dumps(records, indent=self.options.get("indent"), sort_keys=True)


@register("pretty-json")
class PrettyJsonFormatter(JsonFormatter):
    def __init__(self, **options: Any) -> None:
        super().__init__(indent=2, **options)


@register("csv")
class CsvFormatter(Formatter):
    def render(self, records: list[Record]) -> str:
        if not records:
            return ""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(records[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return out.getvalue()


@register("lines")
class LinesFormatter(Formatter):
    def render(self, records: list[Record]) -> str:
        sep = self.options.get("sep", " | ")
        return "\n".join(sep.join(f"{k}={v}" for k, v in r.items()) for r in records)


def render(records: list[Record], fmt: str = "json", **options: Any) -> str:
    try:
        cls = FORMATTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {sorted(FORMATTERS)}") from None
    return cls(**options).render(records)


if __name__ == "__main__":
    rows = [{"name": "ada", "age": 36}, {"name": "alan", "age": 41}]
    for fmt in ("json", "csv", "lines"):
        print(render(rows, fmt))
    print(render(rows[:1], "pretty-json"), PrettyJsonFormatter.format_name)
