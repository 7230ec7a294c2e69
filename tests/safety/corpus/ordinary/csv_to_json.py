import csv
import io
import json


def _coerce(value: str):
    text = value.strip()
    if text == "":
        return None
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


def csv_to_json(text: str, key: str | None = None, indent: int = 2) -> str:
    """Convert CSV with a header row to a JSON array (or object keyed by a column)."""
    sample = text[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    rows = [{name: _coerce(cell or "") for name, cell in row.items()} for row in reader]
    if key is None:
        return json.dumps(rows, indent=indent)
    if reader.fieldnames is None or key not in reader.fieldnames:
        raise KeyError(f"no column named {key!r}")
    keyed = {}
    for row in rows:
        keyed[str(row.pop(key))] = row
    return json.dumps(keyed, indent=indent, ensure_ascii=False)


def json_to_csv(text: str) -> str:
    rows = json.loads(text)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError("expected a JSON array of objects")
    fields = sorted({name for row in rows for name in row})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
