"""Render a list of records as a Markdown table."""

from collections.abc import Mapping, Sequence
from typing import Any


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("|", "\\|")


def _align_marker(values: list[Any], width: int) -> str:
    numeric = values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values if v is not None)
    return "-" * (width - 1) + ":" if numeric else "-" * width


def to_markdown_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    if not rows:
        return ""
    cols = list(columns) if columns else list(dict.fromkeys(k for r in rows for k in r))
    cells = [[_fmt(r.get(c)) for c in cols] for r in rows]
    widths = [max(3, len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    header = "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |"
    sep = "| " + " | ".join(
        _align_marker([r.get(c) for r in rows], w) for c, w in zip(cols, widths)
    ) + " |"
    body = ["| " + " | ".join(v.ljust(w) for v, w in zip(row, widths)) + " |" for row in cells]
    return "\n".join([header, sep, *body])


if __name__ == "__main__":
    data = [
        {"name": "Widget", "price": 4.5, "stock": 12, "active": True},
        {"name": "Gadget|Pro", "price": 1234.0, "stock": 0, "active": False},
    ]
    print(to_markdown_table(data))
