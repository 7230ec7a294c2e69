"""Render rows of data as a GitHub-flavoured markdown table."""
from typing import Any, Sequence

ALIGN_MARKERS = {"left": ":{}", "right": "{}:", "center": ":{}:", "none": "{}"}
ROW_TEMPLATE = "| {cells} |"


def _cell(value: Any, float_digits: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.{float_digits}f}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def render_table(rows: Sequence[dict], columns: Sequence[str] | None = None,
                 align: dict[str, str] | None = None, float_digits: int = 2) -> str:
    if not rows:
        return ""
    columns = list(columns or rows[0].keys())
    align = align or {}
    body = [[_cell(r.get(c), float_digits) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in body), 3) for i, c in enumerate(columns)]

    def fmt(cells: list[str]) -> str:
        padded = []
        for i, cell in enumerate(cells):
            how = align.get(columns[i], "left")
            if how == "right":
                padded.append(cell.rjust(widths[i]))
            elif how == "center":
                padded.append(cell.center(widths[i]))
            else:
                padded.append(cell.ljust(widths[i]))
        return ROW_TEMPLATE.format(cells=" | ".join(padded))

    separators = []
    for i, c in enumerate(columns):
        marker = ALIGN_MARKERS[align.get(c, "none")]
        dashes = "-" * (widths[i] - marker.count(":") + 2)
        separators.append(marker.format(dashes))
    lines = [fmt(list(columns)), "|" + "|".join(separators) + "|"]
    lines.extend(fmt(r) for r in body)
    return "\n".join(lines)


if __name__ == "__main__":
    print(render_table([
        {"item": "Apple", "price": 1.5, "qty": 10},
        {"item": "Banana | ripe", "price": 0.25, "qty": 120},
    ], align={"price": "right", "qty": "center"}))
