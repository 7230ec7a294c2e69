"""Aggregation: group records by a key and sum / average / count / min / max a field."""

from __future__ import annotations

import re
from typing import Any

from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates.base import Cue, Template, fill, is_field_name, literal, make_spec, word_set

__all__ = ["Aggregation", "aggregation_plan"]

_SOURCE = '''\
"""Group records by a key and aggregate a numeric field (sum, average, count, minimum or maximum)."""

import json
import math
from typing import Any, Literal

_OPERATIONS = ("sum", "avg", "count", "min", "max")


def _group_name(value: Any) -> str:
    # JSON object keys are strings: a non-string group value is named by its JSON text (3 -> "3", None -> "null").
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def aggregate_records(
    records: list[dict[str, Any]],
    group_by: str$group_default,
    field: str | None = $field,
    operation: Literal["sum", "avg", "count", "min", "max"] = $operation,
    precision: int = 6,
) -> dict[str, Any]:
    """Group ``records`` by the value of ``group_by`` and aggregate ``field`` in each group.

    Groups appear in order of first appearance. ``count`` counts the records of each group (``field`` is
    not needed); the other operations use the group's numeric ``field`` values, skip records where it is
    missing or null, give null for a group with no values, and round to ``precision`` decimals.
    Raises ValueError for a record that is not an object or lacks ``group_by``, a value that is not a
    number, an unknown operation, or a missing ``field``.
    """
    if not isinstance(records, list):
        raise ValueError("records must be a list of objects")
    if operation not in _OPERATIONS:
        raise ValueError(f"operation must be one of {', '.join(_OPERATIONS)}, not {operation!r}")
    if operation != "count" and not field:
        raise ValueError(f"operation {operation!r} needs a field to aggregate")
    if isinstance(precision, bool) or not isinstance(precision, int) or not 0 <= precision <= 12:
        raise ValueError("precision must be an integer from 0 to 12")
    values: dict[str, list[float]] = {}
    counts: dict[str, int] = {}
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise ValueError(f"record {index} is not an object")
        if group_by not in record:
            raise ValueError(f"record {index} has no {group_by!r} key")
        group = _group_name(record[group_by])
        counts[group] = counts.get(group, 0) + 1
        bucket = values.setdefault(group, [])
        if operation == "count" or record.get(field) is None:
            continue
        value = record[field]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ValueError(f"record {index}: {field!r} is not a number: {value!r}")
        bucket.append(float(value))
    result: dict[str, Any] = {}
    for group, numbers in values.items():
        if operation == "count":
            result[group] = counts[group]
        elif not numbers:
            result[group] = None
        elif operation == "sum":
            result[group] = round(math.fsum(numbers), precision)
        elif operation == "avg":
            result[group] = round(math.fsum(numbers) / len(numbers), precision)
        elif operation == "min":
            result[group] = round(min(numbers), precision)
        else:
            result[group] = round(max(numbers), precision)
    return result
'''

_OPS = (
    ("sum", r"sum|sums|summing|total|totals|totalling|totaling|add up|adds up"),
    ("avg", r"average|averages|mean|avg"),
    ("count", r"count|counts|counting|number of|how many|tally"),
    ("min", r"minimum|min|lowest|smallest|earliest|cheapest"),
    ("max", r"maximum|max|highest|largest|biggest|latest|most expensive"),
)
_WORD = r"[\"'`]?([a-z_][\w.\-]{0,63})[\"'`]?"
_SKIP = word_set(
    "the a an of up all each every it them these those values value numbers number records record rows row items "
    "item entries data by per for and or in on with to from group groups field fields key"
)
# What one group of records is called after "by", "per", "for each"...
_GROUP = re.compile(
    rf"\b(?:grouped by|group by|per|by|for each|for every|across|each)\s+(?:the\s+|each\s+|every\s+)?{_WORD}"
)


def _usable(word: str) -> bool:
    return word not in _SKIP and is_field_name(word)


def aggregation_plan(task: str) -> tuple[str | None, str | None, str]:
    """group key, field and operation named by a task (None when it does not say)."""
    lowered = task.lower()
    operation, op_at, op_end = "sum", len(lowered), len(lowered)
    for op, pattern in _OPS:
        found = re.search(rf"\b(?:{pattern})\b", lowered)
        if found and found.start() < op_at:
            operation, op_at, op_end = op, found.start(), found.end()
    group = next((m.group(1) for m in _GROUP.finditer(lowered) if _usable(m.group(1))), None)
    field = None
    after = re.match(rf"\s+(?:of\s+|up\s+)?(?:the\s+|all\s+|each\s+)?{_WORD}", lowered[op_end:])
    if after and _usable(after.group(1)):
        field = after.group(1)
    if field is None:
        grouped = re.search(rf"\bgroup\s+(?:the\s+)?{_WORD}\s+by\b", lowered)
        if grouped and _usable(grouped.group(1)):
            field = grouped.group(1)
    if operation == "count" or field == group:
        field = None
    return group, field, operation


class Aggregation(Template):
    id = "aggregation"
    description = "Group records by a key and sum, average, count, min or max a numeric field per group."
    keywords = ("group by", "sum per", "average by", "count per", "aggregate", "totals per category")
    cues = (
        Cue(
            0.35,
            (
                "sum",
                "total",
                "average",
                "mean",
                "avg",
                "count",
                "minimum",
                "maximum",
                "min",
                "max",
                "tally",
                "aggregate",
                "aggregation",
                "add up",
            ),
        ),
        Cue(0.4, ("group by", "grouped by", "per", "for each", "group", "breakdown", "bucket", "aggregate")),
        Cue(0.25, ("by",)),
        Cue(0.2, ("record", "row", "item", "entry", "order", "transaction", "sale", "list of object", "json", "data")),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        group, field, operation = aggregation_plan(task_description)
        source = fill(
            _SOURCE,
            group_default=(" = " + literal(group)) if group else "",
            field=literal(field),
            operation=literal(operation),
        )
        g, f = group or "category", field or "amount"
        rows: list[dict[str, Any]] = [{g: "north", f: 10}, {g: "south", f: 5}, {g: "north", f: 2.5}]
        table: dict[str, dict[str, Any]] = {
            "sum": {"north": 12.5, "south": 5.0},
            "avg": {"north": 6.25, "south": 5.0},
            "count": {"north": 2, "south": 1},
            "min": {"north": 2.5, "south": 5.0},
            "max": {"north": 10.0, "south": 5.0},
        }
        other = "avg" if operation == "sum" else "sum"
        tests: list[dict[str, Any]] = [
            {"args": {"records": rows, "group_by": g, "field": f}, "expected": table[operation]},
            {"args": {"records": rows, "group_by": g, "field": f, "operation": other}, "expected": table[other]},
            {"args": {"records": rows, "group_by": g, "field": None, "operation": "count"}, "expected": table["count"]},
            {
                "args": {"records": [*rows, {g: None}], "group_by": g, "field": f, "operation": "max"},
                "expected": {**table["max"], "null": None},
            },
            {
                "args": {"records": [{g: "x", f: "ten"}], "group_by": g, "field": f, "operation": "sum"},
                "error": "ValueError",
            },
            {"args": {"records": [{f: 1}], "group_by": g, "field": f}, "error": "ValueError"},
        ]
        by = f"by {group!r}" if group else "by a key"
        what = "records" if operation == "count" else (f"{field!r}" if field else "a numeric field")
        description = f"Group records {by} and {operation} {what} per group (count, sum, avg, min or max)."
        return make_spec(
            self.id, name=name, description=description, source=source, entry="aggregate_records", tests=tests
        )
