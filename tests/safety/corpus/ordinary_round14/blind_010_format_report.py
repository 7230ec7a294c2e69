"""Format rows with a caller-provided str.format template and column widths."""
from collections import defaultdict


class SafeDict(dict):
    """Leave unknown placeholders in place instead of raising KeyError."""

    def __missing__(self, key):
        return "{" + key + "}"


def render_rows(row_template: str, rows: list[dict], header: str | None = None) -> str:
    lines = []
    if header:
        lines.append(header)
    for row in rows:
        lines.append(row_template.format_map(SafeDict(row)))
    return "\n".join(lines)


def table(rows: list[dict], columns: list[str], float_fmt: str = ".2f") -> str:
    widths = defaultdict(int)
    cells = []
    for row in rows:
        rendered = {}
        for col in columns:
            value = row.get(col, "")
            text = format(value, float_fmt) if isinstance(value, float) else str(value)
            rendered[col] = text
            widths[col] = max(widths[col], len(text), len(col))
        cells.append(rendered)
    head = " | ".join(f"{c:<{widths[c]}}" for c in columns)
    sep = "-+-".join("-" * widths[c] for c in columns)
    body = [" | ".join(f"{r[c]:>{widths[c]}}" for c in columns) for r in cells]
    return "\n".join([head, sep, *body])


if __name__ == "__main__":
    data = [
        {"name": "apples", "qty": 3, "price": 1.2},
        {"name": "pears", "qty": 12, "price": 0.75},
        {"name": "kiwis", "qty": 100, "price": 0.333},
    ]
    print(render_rows("{name:>8}: {qty:3d} x {price:.2f} = {unknown}", data, header="Inventory"))
    print(table(data, ["name", "qty", "price"]))
