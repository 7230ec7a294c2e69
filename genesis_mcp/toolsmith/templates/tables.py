"""CSV summary: per-column count, missing, distinct values, and mean/min/max of the numeric cells."""

from __future__ import annotations

import re
from typing import Any

from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates.base import Cue, Template, fill, literal, make_spec, quoted_names

__all__ = ["CsvSummary", "CsvToRecords", "delimiter_in"]

# Both CSV tools read their input the same way; the snippet goes into each generated source (a tool is one file).
_READ_ROWS = '''

def _read_rows(csv_text: str, delimiter: str) -> tuple[list[str], list[list[str]]]:
    """The header and the data rows of ``csv_text`` (blank lines skipped); ValueError when unusable."""
    if not isinstance(csv_text, str):
        raise ValueError("csv_text must be a string")
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in ('"', "\\n", "\\r"):
        raise ValueError("delimiter must be one character other than a quote or a newline")
    try:
        rows = [r for r in csv.reader(io.StringIO(csv_text), delimiter=delimiter) if any(c.strip() for c in r)]
    except csv.Error as exc:
        raise ValueError(f"malformed CSV: {exc}") from None
    if not rows:
        raise ValueError("the CSV has no header row")
    header = [name.strip() for name in rows[0]]
    if "" in header or len(set(header)) != len(header):
        raise ValueError(f"every column needs a distinct name; header: {header}")
    for number, row in enumerate(rows[1:], start=1):
        if len(row) > len(header):
            raise ValueError(f"data row {number} has {len(row)} cells but the header has {len(header)}")
    return header, rows[1:]
'''

_SOURCE = '''\
"""Summarise CSV text: per-column counts, and the mean, minimum and maximum of the numeric cells."""

import csv
import io
import math
import re
from typing import Any

_THOUSANDS = re.compile(r"-?[0-9]{1,3}(?:,[0-9]{3})+(?:[.][0-9]+)?")


def _number(cell: str) -> float | None:
    text = cell.replace(",", "") if _THOUSANDS.fullmatch(cell) else cell
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _summary(cells: list[str]) -> dict[str, Any]:
    present = [c for c in cells if c]
    numbers = [n for n in (_number(c) for c in present) if n is not None]
    return {
        "count": len(present),
        "missing": len(cells) - len(present),
        "unique": len(set(present)),
        "numeric": len(numbers),
        "mean": round(math.fsum(numbers) / len(numbers), 6) if numbers else None,
        "min": min(numbers) if numbers else None,
        "max": max(numbers) if numbers else None,
    }


$read_rows


def summarize_csv(csv_text: str, delimiter: str = $delimiter, columns: list[str] | None = $columns) -> dict[str, Any]:
    """Summarise the columns of ``csv_text`` (first row: the header; blank lines skipped).

    For each column (all, or those named in ``columns``): ``count`` of non-empty cells, ``missing`` ones,
    ``unique`` distinct values, how many are ``numeric`` ("1,200.50" counts), and the ``mean`` (6 decimals),
    ``min`` and ``max`` of those numbers (null when there are none). Also ``rows``: the number of data rows.
    Raises ValueError for text with no header, a bad delimiter, duplicate or unnamed columns, a row with
    more cells than the header, an unknown column or malformed CSV.
    """
    header, data = _read_rows(csv_text, delimiter)
    wanted = header if columns is None else columns
    unknown = [c for c in wanted if c not in header]
    if unknown:
        raise ValueError(f"unknown columns {unknown}; the header has {header}")
    summary: dict[str, Any] = {}
    for name in wanted:
        index = header.index(name)
        summary[name] = _summary([row[index].strip() if index < len(row) else "" for row in data])
    return {"rows": len(data), "columns": summary}
'''

_DELIMITERS = (("semicolon", ";"), ("tab", "\t"), ("tsv", "\t"), ("pipe", "|"), ("colon", ":"))


def delimiter_in(task: str) -> str:
    lowered = task.lower()
    return next((sep for word, sep in _DELIMITERS if re.search(rf"\b{word}", lowered)), ",")


def _column(values: list[float | None], cells: list[str]) -> dict[str, Any]:
    present = [c for c in cells if c]
    numbers = [v for v in values if v is not None]
    return {
        "count": len(present),
        "missing": len(cells) - len(present),
        "unique": len(set(present)),
        "numeric": len(numbers),
        "mean": round(sum(numbers) / len(numbers), 6) if numbers else None,
        "min": min(numbers) if numbers else None,
        "max": max(numbers) if numbers else None,
    }


class CsvSummary(Template):
    id = "csv_summary"
    description = "Summarise CSV text: per-column count, missing, distinct values, and mean/min/max of numbers."
    keywords = ("csv", "summary", "column statistics", "mean min max per column", "describe a table")
    cues = (
        Cue(0.45, ("csv", "tsv", "comma separated", "tab separated", "spreadsheet", "tabular", "table")),
        Cue(
            0.45,
            (
                "summary",
                "summarize",
                "summarise",
                "statistic",
                "stats",
                "mean",
                "average",
                "min",
                "max",
                "minimum",
                "maximum",
                "count",
                "describe",
                "profile",
                "per column",
                "column stat",
            ),
        ),
        Cue(0.1, ("column", "row", "file", "export", "data")),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        d = delimiter_in(task_description)
        # Quoted names are columns, except file names ("sales.csv").
        columns = [n for n in quoted_names(task_description) if not re.search(r"\.(?:csv|tsv|txt)$", n, re.I)] or None
        source = fill(_SOURCE, delimiter=literal(d), columns=literal(columns), read_rows=_READ_ROWS.strip("\n"))
        sample = (
            d.join(["name", "age", "city"])
            + "\n"
            + "\n".join(d.join(r) for r in (["Ada", "36", "London"], ["Bob", "", "Paris"], ["Cy", "42", "London"]))
            + "\n"
        )
        summary = {
            "name": _column([None, None, None], ["Ada", "Bob", "Cy"]),
            "age": _column([36.0, None, 42.0], ["36", "", "42"]),
            "city": _column([None, None, None], ["London", "Paris", "London"]),
        }
        if columns:
            # A table with exactly the default columns, each holding 1, 2, 3.
            default_text = d.join(columns) + "\n" + "\n".join(d.join([str(i)] * len(columns)) for i in (1, 2, 3))
            default_expected = {"rows": 3, "columns": {c: _column([1.0, 2.0, 3.0], ["1", "2", "3"]) for c in columns}}
        else:
            default_text, default_expected = sample, {"rows": 3, "columns": summary}
        tests: list[dict[str, Any]] = [
            {"args": {"csv_text": default_text}, "expected": default_expected},
            {
                "args": {"csv_text": sample, "delimiter": d, "columns": ["age"]},
                "expected": {"rows": 3, "columns": {"age": summary["age"]}},
            },
            {
                "args": {
                    "csv_text": 'item,price\n"Widget, large","1,200.50"\nGadget,3\n',
                    "delimiter": ",",
                    "columns": None,
                },
                "expected": {
                    "rows": 2,
                    "columns": {
                        "item": _column([None, None], ["Widget, large", "Gadget"]),
                        "price": _column([1200.5, 3.0], ["1,200.50", "3"]),
                    },
                },
            },
            {
                "args": {"csv_text": "a,b\n", "delimiter": ",", "columns": None},
                "expected": {"rows": 0, "columns": {"a": _column([], []), "b": _column([], [])}},
            },
            {"args": {"csv_text": sample, "delimiter": d, "columns": ["salary"]}, "error": "ValueError"},
            {"args": {"csv_text": "   \n"}, "error": "ValueError"},
        ]
        shown = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe", ":": "colon"}[d]
        which = f"columns {', '.join(columns)}" if columns else "every column"
        description = (
            f"Summarise {shown}-separated text: for {which}, count, missing, distinct values, "
            "and the mean/min/max of numeric cells."
        )
        return make_spec(self.id, name=name, description=description, source=source, entry="summarize_csv", tests=tests)


_TO_RECORDS = '''\
"""Parse CSV text into a list of JSON records keyed by the header, with optional type inference."""

import csv
import io
import re
from typing import Any

_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?[0-9]+[.][0-9]+(?:[eE][-+]?[0-9]+)?")


def _typed(cell: str) -> Any:
    text = cell.strip()
    if text == "" or text.lower() == "null":
        return None
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    if _INTEGER.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return cell


$read_rows


def csv_to_records(csv_text: str, delimiter: str = $delimiter, infer_types: bool = True) -> list[dict[str, Any]]:
    """One object per data row of ``csv_text``, keyed by the header row (blank lines skipped).

    With ``infer_types``, cells become integers ("42", but not "007"), floats ("1.5"), booleans
    ("true"/"false") or null (empty or "null"); otherwise every cell stays a string. Short rows are
    padded with null (or "").
    Raises ValueError for text with no header, a bad delimiter, duplicate or unnamed columns, a row with
    more cells than the header, or malformed CSV.
    """
    header, data = _read_rows(csv_text, delimiter)
    records: list[dict[str, Any]] = []
    for row in data:
        cells = row + [""] * (len(header) - len(row))
        records.append({name: _typed(cell) if infer_types else cell for name, cell in zip(header, cells)})
    return records
'''


class CsvToRecords(Template):
    id = "csv_to_json"
    description = "Parse CSV text into a list of JSON objects keyed by the header, inferring numbers and booleans."
    keywords = ("csv to json", "parse csv", "csv rows as objects", "read csv into records")
    cues = (
        Cue(0.45, ("csv", "tsv", "comma separated", "tab separated", "spreadsheet")),
        Cue(0.45, ("json", "record", "object", "dict", "dictionary", "list of", "row as")),
        Cue(0.15, ("convert", "parse", "read", "load", "turn", "import", "transform")),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        d = delimiter_in(task_description)
        source = fill(_TO_RECORDS, delimiter=literal(d), read_rows=_READ_ROWS.strip("\n"))
        text = (
            d.join(["name", "age", "score", "active"])
            + "\n"
            + d.join(["Ada", "36", "9.5", "true"])
            + "\n"
            + d.join(["Bob", "", "007", "FALSE"])
            + "\n"
        )
        tests: list[dict[str, Any]] = [
            {
                "args": {"csv_text": text},
                "expected": [
                    {"name": "Ada", "age": 36, "score": 9.5, "active": True},
                    {"name": "Bob", "age": None, "score": "007", "active": False},
                ],
            },
            {
                "args": {"csv_text": text, "delimiter": d, "infer_types": False},
                "expected": [
                    {"name": "Ada", "age": "36", "score": "9.5", "active": "true"},
                    {"name": "Bob", "age": "", "score": "007", "active": "FALSE"},
                ],
            },
            {
                "args": {"csv_text": 'a;b\n"x;y";1.5\nz\n', "delimiter": ";"},
                "expected": [{"a": "x;y", "b": 1.5}, {"a": "z", "b": None}],
            },
            {"args": {"csv_text": "a,b\n", "delimiter": ","}, "expected": []},
            {"args": {"csv_text": "a,b\n1,2,3\n", "delimiter": ","}, "error": "ValueError"},
            {"args": {"csv_text": ""}, "error": "ValueError"},
        ]
        shown = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe", ":": "colon"}[d]
        description = f"Parse {shown}-separated text into JSON objects keyed by the header, inferring types."
        return make_spec(
            self.id, name=name, description=description, source=source, entry="csv_to_records", tests=tests
        )
