"""A registry of output formatters selected by name, registered via a decorator."""
import csv
import io
import json
from typing import Callable

Formatter = Callable[[list[dict]], str]
FORMATTERS: dict[str, Formatter] = {}


def formatter(name: str, *aliases: str):
    def register(func: Formatter) -> Formatter:
        for key in (name, *aliases):
            if key in FORMATTERS:
                raise ValueError(f"formatter {key!r} already registered")
            FORMATTERS[key] = func
        return func
    return register


@formatter("json")
def as_json(rows):
    return json.dumps(rows, indent=2, default=str)


@formatter("jsonl", "ndjson")
def as_jsonl(rows):
    return "\n".join(json.dumps(r, default=str) for r in rows)


@formatter("csv")
def as_csv(rows):
    if not rows:
        return ""
    buf = io.StringIO()
    fields = list(dict.fromkeys(k for r in rows for k in r))
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


@formatter("markdown", "md")
def as_markdown(rows):
    if not rows:
        return ""
    cols = list(dict.fromkeys(k for r in rows for k in r))
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    lines += ["| " + " | ".join(str(r.get(c, "")).replace("|", "\\|") for c in cols) + " |" for r in rows]
    return "\n".join(lines)


@formatter("kv")
def as_key_values(rows):
    blocks = []
    for r in rows:
        width = max(map(len, r), default=0)
        blocks.append("\n".join(f"{k.ljust(width)} : {v}" for k, v in r.items()))
    return "\n\n".join(blocks)


def render(rows: list[dict], fmt: str = "json") -> str:
    try:
        func = FORMATTERS[fmt.lower()]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; available: {', '.join(sorted(FORMATTERS))}") from None
    return func(rows)


if __name__ == "__main__":
    data = [{"id": 1, "name": "alpha", "note": "a|b"}, {"id": 2, "name": "beta", "extra": True}]
    for f in ("md", "csv", "ndjson", "kv"):
        print(f"--- {f}\n{render(data, f)}")
    try:
        render(data, "xml")
    except ValueError as e:
        print(e)
