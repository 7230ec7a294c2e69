"""List templates: descriptive statistics of numbers, and dedupe / sort / tidy a list."""

from __future__ import annotations

import re
from typing import Any

from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates.base import (
    Cue,
    Template,
    fill,
    is_field_name,
    literal,
    make_spec,
    mentions,
    task_text,
)

__all__ = ["ListCleanup", "NumberStatistics"]

_STATS = '''\
"""Descriptive statistics of a list of numbers."""

import math
import statistics
from typing import Any


def number_statistics(numbers: list[float], sample: bool = $sample, precision: int = $precision) -> dict[str, Any]:
    """Count, sum, mean, median, modes, min, max, range, variance, standard deviation and quartiles.

    ``sample`` uses the sample (n-1) variance and deviation, else the population ones; with one number the
    sample ones are null. ``modes`` lists the most frequent values when some value repeats, else it is
    empty. Quartiles use the inclusive method. Floats are rounded to ``precision`` decimals.
    Raises ValueError for an empty list, a value that is not a finite number, or a precision outside 0-12.
    """
    if not isinstance(numbers, list) or not numbers:
        raise ValueError("numbers must be a non-empty list")
    for index, value in enumerate(numbers):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ValueError(f"item {index} is not a finite number: {value!r}")
    if isinstance(precision, bool) or not isinstance(precision, int) or not 0 <= precision <= 12:
        raise ValueError("precision must be an integer from 0 to 12")
    values = [float(v) for v in numbers]
    repeated = len(set(values)) < len(values)
    if sample:
        variance = statistics.variance(values) if len(values) > 1 else None
    else:
        variance = statistics.pvariance(values)
    quartiles = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else values * 3
    low, high = min(values), max(values)
    return {
        "count": len(values),
        "sum": round(math.fsum(values), precision),
        "mean": round(statistics.fmean(values), precision),
        "median": round(statistics.median(values), precision),
        "modes": [round(m, precision) for m in statistics.multimode(values)] if repeated else [],
        "min": round(low, precision),
        "max": round(high, precision),
        "range": round(high - low, precision),
        "variance": None if variance is None else round(variance, precision),
        "stdev": None if variance is None else round(math.sqrt(variance), precision),
        "q1": round(quartiles[0], precision),
        "q3": round(quartiles[2], precision),
    }
'''

# [2, 4, 4, 4, 5, 5, 7, 9]: the textbook case (population deviation 2).
_TEXTBOOK = {
    "count": 8,
    "sum": 40.0,
    "mean": 5.0,
    "median": 4.5,
    "modes": [4.0],
    "min": 2.0,
    "max": 9.0,
    "range": 7.0,
    "q1": 4.0,
    "q3": 5.5,
}
_TEXTBOOK_SPREAD = {True: (4.571429, 2.13809), False: (4.0, 2.0)}


class NumberStatistics(Template):
    id = "number_statistics"
    description = "Descriptive statistics of a list of numbers: mean, median, modes, spread, quartiles."
    keywords = ("mean", "median", "standard deviation", "variance", "statistics of numbers", "quartiles")
    cues = (
        Cue(
            0.5,
            (
                "statistic",
                "stats",
                "mean",
                "median",
                "average",
                "standard deviation",
                "stdev",
                "std dev",
                "variance",
                "percentile",
                "quartile",
                "mode",
                "descriptive",
                "spread",
                "deviation",
            ),
        ),
        Cue(
            0.4,
            (
                "number",
                "list of number",
                "value",
                "series",
                "array",
                "list",
                "dataset",
                "measurement",
                "float",
                "integer",
                "score",
                "reading",
                "sample",
            ),
        ),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        text = task_text(task_description)
        sample = " population " not in text
        found = re.search(r" (\d{1,2}) (?:decimal|decimal place|digit|place) ", text)
        precision = int(found.group(1)) if found and int(found.group(1)) <= 12 else 6
        source = fill(_STATS, sample=literal(sample), precision=literal(precision))
        textbook = [2, 4, 4, 4, 5, 5, 7, 9]

        def spread(is_sample: bool) -> dict[str, Any]:
            var, dev = _TEXTBOOK_SPREAD[is_sample]
            return {**_TEXTBOOK, "variance": var, "stdev": dev}

        tests: list[dict[str, Any]] = [
            {"args": {"numbers": textbook, "sample": True, "precision": 6}, "expected": spread(True)},
            {"args": {"numbers": textbook, "sample": False, "precision": 6}, "expected": spread(False)},
            {
                "args": {"numbers": [1.5, -2, 10], "sample": True, "precision": 3},
                "expected": {
                    "count": 3,
                    "sum": 9.5,
                    "mean": 3.167,
                    "median": 1.5,
                    "modes": [],
                    "min": -2.0,
                    "max": 10.0,
                    "range": 12.0,
                    "variance": 38.083,
                    "stdev": 6.171,
                    "q1": -0.25,
                    "q3": 5.75,
                },
            },
            {
                "args": {"numbers": [7], "sample": True, "precision": 6},
                "expected": {
                    "count": 1,
                    "sum": 7.0,
                    "mean": 7.0,
                    "median": 7.0,
                    "modes": [],
                    "min": 7.0,
                    "max": 7.0,
                    "range": 0.0,
                    "variance": None,
                    "stdev": None,
                    "q1": 7.0,
                    "q3": 7.0,
                },
            },
            {"args": {"numbers": []}, "error": "ValueError"},
            {"args": {"numbers": [1, 2], "precision": 13}, "error": "ValueError"},
        ]
        kind = "sample" if sample else "population"
        description = f"Descriptive statistics of a list of numbers ({kind} variance, {precision} decimals by default)."
        return make_spec(
            self.id, name=name, description=description, source=source, entry="number_statistics", tests=tests
        )


_CLEAN = '''\
"""Tidy a list: strip strings, drop empty items, remove duplicates, sort (objects by a key)."""

import json
from typing import Any


def _identity(item: Any, ignore_case: bool) -> str:
    if isinstance(item, str):
        return "s:" + (item.casefold() if ignore_case else item)
    return "j:" + json.dumps(item, sort_keys=True)


def _sort_value(item: Any, key: str | None, ignore_case: bool, index: int) -> Any:
    value = item
    if key is not None:
        if not isinstance(item, dict) or key not in item:
            raise ValueError(f"item {index} is not an object with a {key!r} key")
        value = item[key]
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"item {index}: cannot sort by {value!r}; sort values must be numbers or strings")
    return value.casefold() if isinstance(value, str) and ignore_case else value


def clean_list(
    items: list[Any],
    dedupe: bool = $dedupe,
    sort: bool = $sort,
    descending: bool = $descending,
    ignore_case: bool = $ignore_case,
    key: str | None = $key,
    strip: bool = $strip,
    drop_empty: bool = $drop_empty,
) -> list[Any]:
    """Return a tidied copy of ``items``, steps in this order:

    ``strip`` trims whitespace around strings; ``drop_empty`` removes "", null, [] and {}; ``dedupe`` keeps
    the first of equal items (strings compared case-insensitively with ``ignore_case``, objects by content);
    ``sort`` orders items (objects by their ``key`` value), ``descending`` reverses the order, ties keep
    their order. Raises ValueError if ``items`` is not a list or the values to sort are not all numbers or
    all strings.
    """
    if not isinstance(items, list):
        raise ValueError("items must be a list")
    result = [item.strip() if strip and isinstance(item, str) else item for item in items]
    if drop_empty:
        result = [item for item in result if item not in ("", None, [], {})]
    if dedupe:
        seen: set[str] = set()
        unique = []
        for item in result:
            identity = _identity(item, ignore_case)
            if identity not in seen:
                seen.add(identity)
                unique.append(item)
        result = unique
    if sort:
        values = [_sort_value(item, key, ignore_case, i) for i, item in enumerate(result)]
        if len({isinstance(v, str) for v in values}) > 1:
            raise ValueError("cannot sort a mix of numbers and strings")
        order = sorted(range(len(values)), key=lambda i: values[i], reverse=descending)
        result = [result[i] for i in order]
    return result
'''


def cleanup_plan(task: str) -> dict[str, Any]:
    """Default flags of the list tool from a task's words."""
    text = task_text(task)

    def says(*phrases: str) -> bool:
        return mentions(text, *phrases)

    sort = says("sort", "order", "alphabetical", "alphabetically", "ascend", "descend", "rank")
    dedupe = says("dedupe", "deduplicate", "duplicate", "unique", "distinct", "uniq") or not sort
    found = re.search(r"\bby\s+[\"'`]?([a-z_][a-z0-9_]{0,39})[\"'`]?", task.lower())
    key = found.group(1) if found and found.group(1) not in {"the", "a", "an", "value", "length", "size"} else None
    key = key if key and is_field_name(key) else None
    return {
        "dedupe": dedupe,
        "sort": sort,
        "descending": says(
            "descend", "descending", "reverse", "largest first", "highest first", "newest first", "z to a", "decreasing"
        ),
        "ignore_case": says(
            "case insensitive", "ignore case", "ignoring case", "regardless of case", "case insensitively"
        ),
        "key": key if sort else None,
        "strip": says("strip", "trim", "whitespace", "tidy", "clean"),
        "drop_empty": says("empty", "blank", "null", "tidy", "clean"),
    }


def _reference(items: list[Any], flags: dict[str, Any]) -> list[Any]:
    """What the generated tool returns for JSON-like items; writes the expected value of the default test."""
    import json

    out = [i.strip() if flags["strip"] and isinstance(i, str) else i for i in items]
    if flags["drop_empty"]:
        out = [i for i in out if i not in ("", None, [], {})]
    if flags["dedupe"]:
        seen: set[str] = set()
        kept = []
        for i in out:
            ident = (
                ("s:" + (i.casefold() if flags["ignore_case"] else i))
                if isinstance(i, str)
                else ("j:" + json.dumps(i, sort_keys=True))
            )
            if ident not in seen:
                seen.add(ident)
                kept.append(i)
        out = kept
    if flags["sort"]:

        def value(i: Any) -> Any:
            v = i[flags["key"]] if flags["key"] else i
            return v.casefold() if isinstance(v, str) and flags["ignore_case"] else v

        out = sorted(out, key=value, reverse=flags["descending"])
    return out


class ListCleanup(Template):
    id = "list_cleanup"
    description = "Tidy a list: trim strings, drop empties, remove duplicates, sort (objects by a key)."
    keywords = ("dedupe", "remove duplicates", "unique", "sort a list", "alphabetical order", "distinct")
    cues = (
        Cue(
            0.55,
            (
                "dedupe",
                "deduplicate",
                "duplicate",
                "unique",
                "distinct",
                "sort",
                "order",
                "alphabetical",
                "alphabetically",
                "ascend",
                "descend",
                "reverse order",
            ),
        ),
        Cue(
            0.3,
            (
                "list",
                "item",
                "array",
                "value",
                "string",
                "name",
                "entry",
                "element",
                "word",
                "tag",
                "email",
                "collection",
            ),
        ),
        Cue(0.15, ("remove", "clean", "tidy", "normalize", "normalise", "strip", "trim")),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        flags = cleanup_plan(task_description)
        source = fill(_CLEAN, **{k: literal(v) for k, v in flags.items()})
        if flags["key"]:
            k = flags["key"]
            default_items: list[Any] = [{k: 3, "id": "a"}, {k: 1, "id": "b"}, {k: 3, "id": "a"}, {k: 2, "id": "c"}]
        else:
            default_items = [" pear", "Apple", "apple", "", "banana", "pear", "Banana "]
        tests: list[dict[str, Any]] = [
            {"args": {"items": default_items}, "expected": _reference(default_items, flags)},
            {
                "args": {"items": [3, 1, 3, 2, 1], "dedupe": True, "sort": False, "drop_empty": False},
                "expected": [3, 1, 2],
            },
            {
                "args": {"items": [3, 1, 3, 2.5], "dedupe": True, "sort": True, "descending": True, "key": None},
                "expected": [3, 2.5, 1],
            },
            {
                "args": {
                    "items": [{"n": "b", "age": 30}, {"n": "a", "age": 25}, {"n": "c", "age": 30}],
                    "dedupe": False,
                    "sort": True,
                    "descending": False,
                    "key": "age",
                },
                "expected": [{"n": "a", "age": 25}, {"n": "b", "age": 30}, {"n": "c", "age": 30}],
            },
            {
                "args": {
                    "items": ["Apple", " apple ", "Banana", "APPLE", ""],
                    "dedupe": True,
                    "sort": False,
                    "ignore_case": True,
                    "strip": True,
                    "drop_empty": True,
                },
                "expected": ["Apple", "Banana"],
            },
            {"args": {"items": [1, "a"], "sort": True, "key": None}, "error": "ValueError"},
        ]
        steps = [
            s
            for s, on in (
                ("trim strings", flags["strip"]),
                ("drop empty items", flags["drop_empty"]),
                ("remove duplicates", flags["dedupe"]),
                ("sort", flags["sort"]),
            )
            if on
        ]
        description = (
            "Tidy a list (by default: "
            + ", ".join(steps)
            + (f" by {flags['key']!r}" if flags["key"] else "")
            + (" descending" if flags["descending"] else "")
            + ")."
        )
        return make_spec(self.id, name=name, description=description, source=source, entry="clean_list", tests=tests)
