"""Sniff a CSV dialect, detect column types and convert rows."""
import csv
import io
from datetime import date
from decimal import Decimal, InvalidOperation


def detect_type(values: list[str]) -> str:
    non_empty = [v for v in values if v.strip()]
    if not non_empty:
        return "empty"
    checks = [
        ("int", lambda v: int(v)),
        ("decimal", lambda v: Decimal(v) if "." in v else int("x")),
        ("date", lambda v: date.fromisoformat(v)),
        ("bool", lambda v: {"true": 1, "false": 0}[v.lower()]),
    ]
    for name, check in checks:
        try:
            for v in non_empty:
                check(v.strip())
            return name
        except (ValueError, InvalidOperation, KeyError):
            continue
    return "str"


CONVERTERS = {"int": int, "decimal": Decimal, "date": date.fromisoformat,
              "bool": lambda v: v.lower() == "true", "str": str, "empty": lambda v: None}


def load_typed(text: str) -> dict:
    sample = text[:2048]
    dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    has_header = csv.Sniffer().has_header(sample)
    rows = list(csv.reader(io.StringIO(text), dialect))
    header = rows.pop(0) if has_header else [f"col{i}" for i in range(len(rows[0]))]
    types = {h: detect_type([r[i] for r in rows if i < len(r)]) for i, h in enumerate(header)}
    typed = [{h: (CONVERTERS[types[h]](v.strip()) if v.strip() else None) for h, v in zip(header, r)} for r in rows]
    return {"delimiter": dialect.delimiter, "header": has_header, "types": types, "rows": typed}


if __name__ == "__main__":
    text = "id;name;price;since;active\n1;Widget;9.99;2023-01-05;true\n2;Gadget;12.50;2022-11-30;false\n3;Gizmo;;2024-02-01;true\n"
    result = load_typed(text)
    print(result["delimiter"], result["header"], result["types"])
    for r in result["rows"]:
        print(r)
