"""Convert CSV text into typed JSON records, inferring column types."""

import csv
import io
import json
from datetime import date
from typing import Any


def _convert(value: str) -> Any:
    v = value.strip()
    if v == "":
        return None
    lowered = v.lower()
    if lowered in {"true", "false", "yes", "no"}:
        return lowered in {"true", "yes"}
    for caster in (int, float):
        try:
            return caster(v)
        except ValueError:
            pass
    try:
        return date.fromisoformat(v).isoformat()
    except ValueError:
        return v


def csv_to_json(text: str, indent: int | None = 2, key_column: str | None = None) -> str:
    reader = csv.DictReader(io.StringIO(text))
    records = [{k: _convert(v or "") for k, v in row.items() if k is not None} for row in reader]
    if key_column:
        keyed = {str(r.pop(key_column)): r for r in records}
        return json.dumps(keyed, indent=indent)
    return json.dumps(records, indent=indent)


if __name__ == "__main__":
    sample = "id,name,score,active,joined\n1,Ann,9.5,yes,2023-04-01\n2,Bob,,no,2022-11-30\n"
    print(csv_to_json(sample))
    print(csv_to_json(sample, indent=None, key_column="id"))
