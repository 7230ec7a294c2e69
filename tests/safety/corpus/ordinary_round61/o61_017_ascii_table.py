# family: ordinary, blind round 61 (ASCII table formatter)
from enum import Enum
from numbers import Number
from typing import Any, Sequence


class Align(Enum):
    LEFT = "<"
    RIGHT = ">"
    CENTER = "^"


def _cell(value: Any, decimals: int) -> str:
    if isinstance(value, float):
        return f"{value:,.{decimals}f}"
    if value is None:
        return "-"
    return str(value)


def render_table(rows: Sequence[dict[str, Any]], columns: list[str] | None = None,
                 decimals: int = 2, sort_by: str | None = None, descending: bool = False) -> str:
    """Render a list of dicts as a bordered ASCII table; numbers are right-aligned."""
    if not rows:
        return "(no rows)"
    columns = columns or list(rows[0].keys())
    if sort_by:
        rows = sorted(rows, key=lambda r: (r.get(sort_by) is None, r.get(sort_by)), reverse=descending)
    aligns = {
        c: Align.RIGHT if all(isinstance(r.get(c), Number) for r in rows if r.get(c) is not None) else Align.LEFT
        for c in columns
    }
    body = [[_cell(r.get(c), decimals) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in body)) for i, c in enumerate(columns)]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    header = "|" + "|".join(f" {c:^{w}} " for c, w in zip(columns, widths)) + "|"
    lines = [border, header, border.replace("-", "=")]
    for row in body:
        lines.append("|" + "|".join(
            f" {cell:{aligns[c].value}{w}} " for cell, c, w in zip(row, columns, widths)) + "|")
    lines.append(border)
    return "\n".join(lines)


if __name__ == "__main__":
    data = [
        {"name": "Widget", "qty": 12, "price": 2.5, "note": "bulk"},
        {"name": "Gadget", "qty": 3, "price": 1249.99, "note": None},
        {"name": "Thingamajig", "qty": 140, "price": 0.35, "note": "clearance"},
    ]
    print(render_table(data, sort_by="price", descending=True))
