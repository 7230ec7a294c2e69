"""Record templates: reshape JSON (flatten, pick, rename) and aggregate records by a key."""

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
    quoted_names,
    word_set,
)

__all__ = ["JsonReshape"]

_RESHAPE = '''\
"""Reshape JSON records: flatten nested objects, keep chosen fields, rename keys."""

import json
from typing import Any


def _flatten(record: dict[str, Any], separator: str, prefix: str) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        path = f"{prefix}{separator}{key}" if prefix else str(key)
        if isinstance(value, dict) and value:
            flat.update(_flatten(value, separator, path))
        else:
            flat[path] = value
    return flat


def _lookup(record: dict[str, Any], path: str, separator: str) -> Any:
    if path in record:
        return record[path]
    value: Any = record
    for part in path.split(separator):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _reshape_one(record: Any, fields: list[str] | None, rename: dict[str, str], flatten: bool, separator: str,
                 index: int) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise ValueError(f"item {index} is not a JSON object")
    shaped = _flatten(record, separator, "") if flatten else dict(record)
    if fields is not None:
        shaped = {field: _lookup(shaped, field, separator) for field in fields}
    return {rename.get(key, key): value for key, value in shaped.items()}


def reshape_json(
    data: Any,
    fields: list[str] | None = $fields,
    rename: dict[str, str] | None = $rename,
    flatten: bool = $flatten,
    separator: str = $separator,
) -> Any:
    """Reshape a JSON object, or each object of an array (JSON text is parsed first).

    With ``flatten``, nested objects become one level of keys joined by ``separator`` ("a.b.c").
    ``fields`` keeps only those keys, in that order (a nested value can be named by its joined path; a
    missing one becomes null); None keeps every key. ``rename`` maps old key names to new ones.
    Raises ValueError if ``data`` is not an object or an array of objects, or an argument has the wrong type.
    """
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise ValueError(f"data is not valid JSON: {exc}") from None
    if fields is not None and (not isinstance(fields, list) or not all(isinstance(f, str) for f in fields)):
        raise ValueError("fields must be a list of strings or null")
    if rename is None:
        rename = {}
    if not isinstance(rename, dict) or not all(isinstance(v, str) for v in rename.values()):
        raise ValueError("rename must map key names to new names")
    if not isinstance(separator, str) or not separator:
        raise ValueError("separator must be a non-empty string")
    if isinstance(data, list):
        return [_reshape_one(item, fields, rename, flatten, separator, i) for i, item in enumerate(data)]
    if isinstance(data, dict):
        return _reshape_one(data, fields, rename, flatten, separator, 0)
    raise ValueError("data must be a JSON object or an array of objects")
'''

_NAME = r"[\"'`“]?([A-Za-z_][\w.\-]{0,63})[\"'`”]?"
_RENAME = re.compile(
    rf"(?:rename|renaming|map|mapping)\s+(?:the\s+)?(?:field\s+|key\s+)?{_NAME}\s+(?:to|as|into|->|=>)\s+{_NAME}", re.I
)
_ARROW = re.compile(rf"{_NAME}\s*(?:->|=>|→)\s*{_NAME}")
_KEEP = re.compile(
    r"(?:keep|pick|select|only|extract|project)\s+(?:only\s+)?(?:the\s+)?(?:fields?|keys?|columns?)?\s*"
    r"((?:[A-Za-z_][\w.]*)(?:\s*(?:,|and|&)\s*(?:[A-Za-z_][\w.]*))*)",
    re.I,
)
_NOT_FIELDS = word_set(
    "the a an of from and fields field keys key columns column only each every all some json object objects record "
    "records data nested it them"
)
_SEPARATORS = (
    ("double underscore", "__"),
    ("underscore", "_"),
    ("slash", "/"),
    ("dash", "-"),
    ("hyphen", "-"),
    ("colon", ":"),
    ("dot", "."),
)


def reshape_plan(task: str) -> tuple[list[str] | None, dict[str, str], bool, str]:
    """fields, rename, flatten and separator defaults taken from a task's words."""
    lowered = task.lower()
    pairs = [(m.group(1), m.group(2)) for m in [*_RENAME.finditer(task), *_ARROW.finditer(task)]]
    rename = {old: new for old, new in pairs if is_field_name(old) and is_field_name(new)}
    # Names quoted only inside a rename clause are not a selection.
    selecting = re.search(r"\b(?:keep|pick|select|only|extract|project)\b", lowered) is not None
    named_in_rename = set(rename.values()) | (set() if selecting else set(rename))
    fields = [n for n in quoted_names(task) if n not in named_in_rename]
    if not fields:
        for found in _KEEP.finditer(task):
            words = re.split(r"\s*(?:,|\band\b|&)\s*", found.group(1))
            fields = [w for w in words if w and w.lower() not in _NOT_FIELDS and is_field_name(w)]
            if fields:
                break
    flatten = any(w in lowered for w in ("flatten", "flat ", "nested", "unnest"))
    separator = next((sep for word, sep in _SEPARATORS if word in lowered), ".")
    return (fields or None), rename, flatten, separator


class JsonReshape(Template):
    id = "json_reshape"
    description = "Reshape JSON objects or arrays of objects: flatten nesting, keep some fields, rename keys."
    keywords = ("json", "reshape", "flatten", "pick fields", "rename keys", "select fields")
    cues = (
        Cue(0.35, ("json", "object", "record", "dict", "dictionary", "payload", "document", "field", "key")),
        Cue(
            0.5,
            (
                "reshape",
                "flatten",
                "unnest",
                "pick",
                "select",
                "rename",
                "keep only",
                "restructure",
                "project",
                "subset",
                "drop field",
                "remove field",
                "extract field",
                "transform json",
                "nested",
            ),
        ),
        Cue(0.15, ("json",)),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        fields, rename, flatten, sep = reshape_plan(task_description)
        source = fill(
            _RESHAPE,
            fields=literal(fields),
            rename=literal(rename or None),
            flatten=literal(flatten),
            separator=literal(sep),
        )
        sample = {"id": 7, "name": "Ada", "address": {"city": "London", "geo": {"lat": 51.5}}, "tags": ["x"]}
        # The defaults, on a record that has every default field at the top level plus one nested object.
        record: dict[str, Any] = {f: i for i, f in enumerate(fields or [], start=1)}
        nested = next(k for k in ("extra", "extra_1", "extra_2", "extra_3") if k not in record)
        record[nested] = {"inner": True}
        shaped = {k: v for k, v in record.items() if k != nested}
        shaped.update({f"{nested}{sep}inner": True} if flatten else {nested: {"inner": True}})
        if fields:
            shaped = {f: shaped.get(f) for f in fields}
        expected_default = {rename.get(k, k): v for k, v in shaped.items()}
        tests: list[dict[str, Any]] = [
            {"args": {"data": record}, "expected": expected_default},
            {
                "args": {
                    "data": sample,
                    "fields": ["id", "address.city", "address.geo.lat"],
                    "rename": {"address.city": "city"},
                    "flatten": True,
                    "separator": ".",
                },
                "expected": {"id": 7, "city": "London", "address.geo.lat": 51.5},
            },
            {
                "args": {
                    "data": [sample, {"id": 8}],
                    "fields": ["id", "address.city"],
                    "rename": {},
                    "flatten": False,
                    "separator": ".",
                },
                "expected": [{"id": 7, "address.city": "London"}, {"id": 8, "address.city": None}],
            },
            {
                "args": {
                    "data": '{"a": {"b": 1}, "c": [1, 2]}',
                    "fields": None,
                    "rename": {"c": "d"},
                    "flatten": True,
                    "separator": "_",
                },
                "expected": {"a_b": 1, "d": [1, 2]},
            },
            {"args": {"data": 5}, "error": "ValueError"},
            {"args": {"data": [{"a": 1}, 2]}, "error": "ValueError"},
        ]
        parts = [
            "flatten nested objects" if flatten else "",
            f"keep {', '.join(fields)}" if fields else "",
            "rename " + ", ".join(f"{a} to {b}" for a, b in rename.items()) if rename else "",
        ]
        defaults = "; ".join(p for p in parts if p) or "no change unless fields, rename or flatten are given"
        description = f"Reshape JSON objects or arrays of objects (defaults: {defaults})."
        return make_spec(
            self.id, name=name, description=description[:2000], source=source, entry="reshape_json", tests=tests
        )
