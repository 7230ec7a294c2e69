# ordinary: treat CSV rows as namedtuples: _make from rows, _replace for corrections, _asdict for output
import csv
import io
import json
from collections import namedtuple

DATA = """id,name,qty,price
1,apple,10,0.50
2,banana,,0.25
3,cherry,200,0.10
"""

Row = namedtuple("Row", ["id", "name", "qty", "price"])


def read_rows(text: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    if tuple(header) != Row._fields:
        raise ValueError(f"unexpected header {header}, wanted {Row._fields}")
    return [Row._make(r) for r in reader if r]


def clean(row: Row) -> Row:
    return row._replace(
        id=int(row.id),
        qty=int(row.qty) if row.qty else 0,
        price=float(row.price),
        name=row.name.strip().title(),
    )


def to_json(rows: list[Row]) -> str:
    return json.dumps([r._asdict() for r in rows], indent=1)


def total_value(rows: list[Row]) -> float:
    return sum(r.qty * r.price for r in rows)


if __name__ == "__main__":
    rows = [clean(r) for r in read_rows(DATA)]
    for r in rows:
        print(r)
    print(to_json(rows))
    print(f"inventory value: {total_value(rows):.2f}")
