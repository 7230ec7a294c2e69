"""Convert CSV text to JSON records, inferring numeric and boolean columns."""
import csv
import io
import json


def _coerce(value: str) -> object:
    text = value.strip()
    if text == "":
        return None
    lowered = text.lower()
    if lowered in ("true", "yes"):
        return True
    if lowered in ("false", "no"):
        return False
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def csv_to_records(csv_text: str, delimiter: str = ",") -> list[dict[str, object]]:
    """Parse CSV text (with a header row) into a list of typed dicts."""
    reader = csv.DictReader(io.StringIO(csv_text.strip()), delimiter=delimiter)
    return [{k.strip(): _coerce(v or "") for k, v in row.items()} for row in reader]


def csv_to_json(csv_text: str, indent: int | None = 2) -> str:
    """Convert CSV text directly to a JSON array string."""
    return json.dumps(csv_to_records(csv_text), indent=indent)


def records_to_csv(records: list[dict[str, object]]) -> str:
    """Inverse operation: write records back to CSV text."""
    if not records:
        return ""
    fieldnames: list[str] = []
    for rec in records:
        for key in rec:
            if key not in fieldnames:
                fieldnames.append(key)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buf.getvalue()


if __name__ == "__main__":
    data = """name,age,active,score
Alice,30,yes,91.5
Bob,25,no,
Carol,41,true,78
"""
    print(csv_to_json(data))
    print(records_to_csv([{"a": 1, "b": 2}, {"a": 3, "c": 4}]))
