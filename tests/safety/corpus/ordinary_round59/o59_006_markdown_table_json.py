# family: ordinary, blind round 59 (convert markdown tables to JSON)
import json
import re

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _split_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [cell.strip() for cell in line.split("|")]


def _coerce(value: str):
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value or None


def markdown_table_to_json(markdown: str, coerce: bool = True) -> str:
    lines = [ln for ln in markdown.splitlines() if ln.strip()]
    if len(lines) < 2 or not _SEPARATOR.match(lines[1]):
        raise ValueError("Input does not look like a markdown table")
    headers = _split_row(lines[0])
    records = []
    for line in lines[2:]:
        cells = _split_row(line)
        cells += [""] * (len(headers) - len(cells))
        row = {h: (_coerce(c) if coerce else c) for h, c in zip(headers, cells)}
        records.append(row)
    return json.dumps(records, indent=2)


if __name__ == "__main__":
    table = """
| name   | qty | price | in_stock |
|--------|----:|------:|:--------:|
| apple  | 12  | 0.5   | true     |
| pear   | 3   | 0.75  | false    |
| kiwi   |     | 1.2   | true     |
"""
    print(markdown_table_to_json(table))
