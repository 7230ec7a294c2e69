"""Pivot long-format rows (row, column, value) into a wide table."""
import csv
import io
from collections import defaultdict


def pivot(text: str, row_key: str, col_key: str, value_key: str, fill: str = "0",
          delimiter: str = "\t") -> str:
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    missing = {row_key, col_key, value_key} - set(reader.fieldnames or [])
    if missing:
        raise KeyError(f"missing columns: {sorted(missing)}")
    table: dict[str, dict[str, float]] = defaultdict(dict)
    columns: list[str] = []
    for rec in reader:
        r, c = rec[row_key], rec[col_key]
        if c not in columns:
            columns.append(c)
        table[r][c] = table[r].get(c, 0.0) + float(rec[value_key])
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow([row_key, *columns, "total"])
    for r in sorted(table):
        vals = [table[r].get(c) for c in columns]
        total = sum(v for v in vals if v is not None)
        writer.writerow([r, *[fill if v is None else f"{v:g}" for v in vals], f"{total:g}"])
    return out.getvalue()


if __name__ == "__main__":
    long = "month\tproduct\tunits\nJan\tA\t3\nJan\tB\t5\nFeb\tA\t2\nFeb\tA\t4\nMar\tB\t1\n"
    print(pivot(long, "month", "product", "units"))
