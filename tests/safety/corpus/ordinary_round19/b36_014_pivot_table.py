"""Build a pivot table (rows x columns) from flat records and render it as text."""
from collections import defaultdict
from typing import Any


def pivot(
    records: list[dict[str, Any]], index: str, columns: str, values: str, fill: float = 0
) -> tuple[list[str], list[str], dict[str, dict[str, float]]]:
    """Sum ``values`` for each (index, columns) pair.

    Returns (row_labels, column_labels, table) where table[row][col] is the sum.
    """
    table: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    row_labels: set[str] = set()
    col_labels: set[str] = set()
    for rec in records:
        r, c = str(rec[index]), str(rec[columns])
        table[r][c] += rec[values]
        row_labels.add(r)
        col_labels.add(c)
    rows, cols = sorted(row_labels), sorted(col_labels)
    result = {r: {c: table[r].get(c, fill) for c in cols} for r in rows}
    return rows, cols, result


def render_pivot(rows: list[str], cols: list[str], table: dict[str, dict[str, float]], totals: bool = True) -> str:
    """Format the pivot as an aligned plain-text table."""
    header = [""] + cols + (["Total"] if totals else [])
    body = []
    for r in rows:
        line = [r] + [f"{table[r][c]:g}" for c in cols]
        if totals:
            line.append(f"{sum(table[r].values()):g}")
        body.append(line)
    if totals:
        col_totals = [f"{sum(table[r][c] for r in rows):g}" for c in cols]
        grand = f"{sum(sum(table[r].values()) for r in rows):g}"
        body.append(["Total"] + col_totals + [grand])
    widths = [max(len(row[i]) for row in [header] + body) for i in range(len(header))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(row, widths)) for row in [header] + body]
    return "\n".join(lines)


if __name__ == "__main__":
    data = [
        {"month": "Jan", "team": "red", "points": 3},
        {"month": "Jan", "team": "blue", "points": 5},
        {"month": "Feb", "team": "red", "points": 7},
        {"month": "Feb", "team": "red", "points": 1},
        {"month": "Mar", "team": "blue", "points": 2},
    ]
    rows, cols, table = pivot(data, "month", "team", "points")
    print(render_pivot(rows, cols, table))
