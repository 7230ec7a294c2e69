# family: ordinary, blind round 60 (markdown table formatter with alignment options)
from typing import Literal, Sequence, Any

Align = Literal["left", "right", "center"]

_ALIGN_FUNCS = {
    "left": str.ljust,
    "right": str.rjust,
    "center": str.center,
}
_ALIGN_MARKERS = {
    "left": lambda w: ":" + "-" * (w - 1),
    "right": lambda w: "-" * (w - 1) + ":",
    "center": lambda w: ":" + "-" * (w - 2) + ":",
}


def format_cell(value: Any, precision: int) -> str:
    if isinstance(value, float):
        return f"{value:,.{precision}f}"
    if value is None:
        return ""
    return str(value).replace("|", "\\|")


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]],
                   align: Sequence[Align] | None = None, precision: int = 2) -> str:
    if align is None:
        align = ["right" if rows and isinstance(rows[0][i], (int, float)) else "left"
                 for i in range(len(headers))]
    if len(align) != len(headers):
        raise ValueError("align must have one entry per column")
    cells = [[format_cell(v, precision) for v in row] for row in rows]
    widths = [max(3, len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]

    def line(values):
        parts = (_ALIGN_FUNCS[a](v, w) for v, w, a in zip(values, widths, align))
        return "| " + " | ".join(parts) + " |"

    sep = "| " + " | ".join(_ALIGN_MARKERS[a](w) for w, a in zip(widths, align)) + " |"
    return "\n".join([line(headers), sep, *(line(r) for r in cells)])


if __name__ == "__main__":
    headers = ["Product", "Units", "Revenue"]
    rows = [("Laptop", 12, 14388.0), ("Mouse | wireless", 240, 5999.5), ("Monitor", 31, None)]
    print(markdown_table(headers, rows))
    print()
    print(markdown_table(headers, rows, align=["center", "right", "right"], precision=0))
