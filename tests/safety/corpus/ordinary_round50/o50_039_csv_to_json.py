# family: ordinary, blind round 50 (CSV to JSON)
import csv
import io
import json
import re

CSV_DATA = """id;name;email;age;active;score;signup
1;Ana Souza;ana@example.com;34;true;88.5;2023-04-01
2;Ben Okafor;ben@example.com;;false;92;2023-05-17
3;"Chen, Li";chen@example.com;29;TRUE;;2023-06-30
"""

_INT = re.compile(r"^-?\d+$")
_FLOAT = re.compile(r"^-?\d*\.\d+$")


def coerce(value):
    if value == "":
        return None
    low = value.lower()
    if low in ("true", "false"):
        return low == "true"
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


def csv_to_records(text, delimiter=None):
    if delimiter is None:
        delimiter = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t|").delimiter
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    return [{k.strip(): coerce(v.strip()) for k, v in row.items()} for row in reader]


def csv_to_json(text, indent=2, key=None):
    records = csv_to_records(text)
    if key:
        return json.dumps({str(r[key]): r for r in records}, indent=indent)
    return json.dumps(records, indent=indent)


if __name__ == "__main__":
    print(csv_to_json(CSV_DATA, indent=None))
    print(csv_to_json(CSV_DATA, key="id")[:160] + "...")
