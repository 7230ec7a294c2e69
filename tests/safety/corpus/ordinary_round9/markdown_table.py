"""Render a list of dict rows as a Markdown table."""
from typing import Any, Literal, Sequence

Align = Literal["left", "right", "center"]
ALIGN_MARK: dict[str, str] = {"left": ":--", "right": "--:", "center": ":-:"}


def _cell(value: Any) -> str:
    match value:
        case None:
            return ""
        case bool(b):
            return "yes" if b else "no"
        case float(f):
            return f"{f:,.2f}"
        case int(i):
            return f"{i:,}"
        case list() | tuple():
            return ", ".join(_cell(v) for v in value)
        case _:
            return str(value).replace("|", "\\|")


def markdown_table(rows: Sequence[dict[str, Any]], align: dict[str, Align] | None = None) -> str:
    """Entry point: build a Markdown table from rows with consistent columns."""
    if not rows:
        return ""
    align = align or {}
    headers: list[str] = []
    for row in rows:
        for key in row:
            if key not in headers:
                headers.append(key)
    body: list[list[str]] = [[_cell(row.get(h)) for h in headers] for row in rows]
    widths = {h: max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(headers)}
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(widths[h]) for c, h in zip(cells, headers)) + " |"
    def mark(h: str) -> str:
        m = ALIGN_MARK[align.get(h, "left")]
        return m[0] + "-" * (widths[h] - 2) + m[-1]
    sep = "| " + " | ".join(mark(h) for h in headers) + " |"
    return "\n".join([line(headers), sep, *(line(r) for r in body)])
