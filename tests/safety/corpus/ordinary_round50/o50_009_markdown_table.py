# family: ordinary, blind round 50 (build a markdown table from rows)
from typing import Any, Sequence, Mapping


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value).replace("|", "\\|")


def markdown_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None,
                   align: Mapping[str, str] | None = None) -> str:
    """Render a list of dicts as a GitHub-flavoured markdown table.

    align maps column name -> 'left' | 'right' | 'center'. Numeric columns default to right.
    """
    if not rows:
        return ""
    columns = list(columns or rows[0].keys())
    align = dict(align or {})
    cells = [[_fmt(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells), 3) for i, c in enumerate(columns)]
    for c in columns:
        if c not in align:
            numeric = all(isinstance(r.get(c), (int, float)) for r in rows)
            align[c] = "right" if numeric else "left"

    def sep(col: str, w: int) -> str:
        a = align[col]
        if a == "right":
            return "-" * (w - 1) + ":"
        if a == "center":
            return ":" + "-" * (w - 2) + ":"
        return "-" * w

    def line(values: Sequence[str]) -> str:
        out = []
        for col, v, w in zip(columns, values, widths):
            out.append(v.rjust(w) if align[col] == "right" else v.center(w) if align[col] == "center" else v.ljust(w))
        return "| " + " | ".join(out) + " |"

    lines = [line(columns), "| " + " | ".join(sep(c, w) for c, w in zip(columns, widths)) + " |"]
    lines.extend(line(r) for r in cells)
    return "\n".join(lines)


if __name__ == "__main__":
    data = [
        {"name": "Widget", "qty": 12, "price": 3.5, "notes": "blue|green"},
        {"name": "Gadget", "qty": 3, "price": 1299.0, "notes": None},
        {"name": "Doohickey", "qty": 150, "price": 0.25, "notes": "bulk"},
    ]
    print(markdown_table(data, align={"name": "center"}))
