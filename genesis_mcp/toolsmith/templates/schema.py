"""Validation of a JSON document against a JSON Schema subset, implemented in plain Python in the tool."""

from __future__ import annotations

import re
from typing import Any

from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates.base import Cue, Template, fill, is_field_name, literal, make_spec, quoted_names

__all__ = ["JsonSchemaValidation", "schema_from_task"]

_SOURCE = '''\
"""Validate a JSON document against a JSON Schema subset: type, enum, const, minimum, maximum,
exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern, items, minItems, maxItems, uniqueItems,
required, properties and additionalProperties."""

import json
import re
from typing import Any

_TYPES = ("string", "number", "integer", "boolean", "object", "array", "null")
_MAX_ERRORS = 100


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "unknown"


def _is(value: Any, name: str) -> bool:
    kind = _kind(value)
    return kind == name or (name == "number" and kind == "integer")


def _same(a: Any, b: Any) -> bool:
    # JSON equality: 1 equals 1.0, but true is not 1.
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b or (isinstance(a, bool) and isinstance(b, bool) and a == b)
    if _is(a, "number") and _is(b, "number"):
        return a == b
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return False


def _check_schema(schema: Any, path: str) -> None:
    if isinstance(schema, bool):
        return
    if not isinstance(schema, dict):
        raise ValueError(f"schema at {path} must be an object or a boolean")
    names = schema.get("type", [])
    for name in [names] if isinstance(names, str) else names:
        if name not in _TYPES:
            raise ValueError(f"schema at {path}: unknown type {name!r}; use one of {', '.join(_TYPES)}")
    for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        if key in schema and not _is(schema[key], "number"):
            raise ValueError(f"schema at {path}: {key} must be a number")
    for key in ("minLength", "maxLength", "minItems", "maxItems"):
        if key in schema and (not _is(schema[key], "integer") or schema[key] < 0):
            raise ValueError(f"schema at {path}: {key} must be a non-negative integer")
    if "pattern" in schema:
        try:
            re.compile(schema["pattern"])
        except (re.error, TypeError):
            raise ValueError(f"schema at {path}: pattern is not a valid regular expression") from None
    if "enum" in schema and not isinstance(schema["enum"], list):
        raise ValueError(f"schema at {path}: enum must be an array")
    required = schema.get("required", [])
    if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
        raise ValueError(f"schema at {path}: required must be an array of strings")
    properties = schema.get("properties", {})
    if not isinstance(properties, dict):
        raise ValueError(f"schema at {path}: properties must be an object")
    for key, sub in properties.items():
        _check_schema(sub, f"{path}.properties.{key}")
    if "items" in schema:
        _check_schema(schema["items"], f"{path}.items")
    if "additionalProperties" in schema:
        _check_schema(schema["additionalProperties"], f"{path}.additionalProperties")


def _validate(value: Any, schema: Any, path: str, errors: list[dict[str, str]]) -> None:
    def fail(message: str) -> None:
        errors.append({"path": path, "message": message})

    if schema is True or schema == {}:
        return
    if schema is False:
        fail("no value is allowed here")
        return
    names = schema.get("type")
    if names is not None:
        names = [names] if isinstance(names, str) else names
        if not any(_is(value, name) for name in names):
            fail(f"expected {' or '.join(names)}, got {_kind(value)}")
            return
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        fail(f"{json.dumps(value)} is not one of {json.dumps(schema['enum'])}")
    if "const" in schema and not _same(value, schema["const"]):
        fail(f"must be {json.dumps(schema['const'])}")
    if _is(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            fail(f"{value} is less than the minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            fail(f"{value} is more than the maximum {schema['maximum']}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            fail(f"{value} is not more than {schema['exclusiveMinimum']}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            fail(f"{value} is not less than {schema['exclusiveMaximum']}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            fail(f"is shorter than {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            fail(f"is longer than {schema['maxLength']} characters")
        if "pattern" in schema and re.search(schema["pattern"], value) is None:
            fail(f"does not match pattern {schema['pattern']}")
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            fail(f"has fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            fail(f"has more than {schema['maxItems']} items")
        if schema.get("uniqueItems") is True and any(_same(a, b) for i, a in enumerate(value) for b in value[:i]):
            fail("has duplicate items")
        if "items" in schema:
            for index, item in enumerate(value):
                _validate(item, schema["items"], f"{path}[{index}]", errors)
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                fail(f"missing required property {name!r}")
        properties = schema.get("properties", {})
        for key, sub in properties.items():
            if key in value:
                _validate(value[key], sub, f"{path}.{key}", errors)
        extra = schema.get("additionalProperties", True)
        for key in value:
            if key not in properties:
                if extra is False:
                    fail(f"property {key!r} is not allowed")
                elif isinstance(extra, dict):
                    _validate(value[key], extra, f"{path}.{key}", errors)


def validate_json(document: Any, schema: dict[str, Any]$schema_default) -> dict[str, Any]:
    """Check ``document`` against ``schema`` and report every problem, not just the first.

    Returns ``{"valid": bool, "errors": [{"path": "$$.a[0]", "message": ...}]}`` (at most 100 errors). Other
    JSON Schema keywords are ignored.
    Raises ValueError if the schema itself is malformed or uses an unknown type name.
    """
    _check_schema(schema, "$$")
    errors: list[dict[str, str]] = []
    _validate(document, schema, "$$", errors)
    return {"valid": not errors, "errors": errors[:_MAX_ERRORS]}
'''

_TYPE_WORDS = {
    "string": "string",
    "text": "string",
    "number": "number",
    "float": "number",
    "integer": "integer",
    "int": "integer",
    "whole number": "integer",
    "boolean": "boolean",
    "bool": "boolean",
    "list": "array",
    "array": "array",
    "object": "object",
}
_TYPED = re.compile(
    r"[\"'`]([A-Za-z_][\w\-]{0,63})[\"'`]\s+(?:is|as|must be|should be|being)\s+(?:an?\s+)?"
    r"(whole number|string|text|number|float|integer|int|boolean|bool|list|array|object)\b",
    re.I,
)


def schema_from_task(task: str) -> dict[str, Any] | None:
    """A default schema from the task's quoted field names ("requires "name" and "email"; "age" is an integer")."""
    names = quoted_names(task)
    if not names:
        return None
    typed = [(m.group(1), _TYPE_WORDS[m.group(2).lower()]) for m in _TYPED.finditer(task)]
    properties = {field: {"type": kind} for field, kind in typed if is_field_name(field)}
    # A name only given a type is described, not required.
    required = [n for n in names if n not in properties]
    schema: dict[str, Any] = {"type": "object"}
    if required:
        schema["required"] = required
    if properties:
        schema["properties"] = properties
    return schema


_EMAIL = "^[^@\\s]+@[^@\\s]+$"
_PEOPLE: dict[str, Any] = {
    "type": "object",
    "required": ["name", "age"],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "email": {"type": "string", "pattern": _EMAIL},
        "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "maxItems": 2},
    },
    "additionalProperties": False,
}


class JsonSchemaValidation(Template):
    id = "json_schema_validation"
    description = "Validate a JSON document against a JSON Schema (type, required, properties, items, enum, ranges...)."
    keywords = ("validate json", "json schema", "check required fields", "schema validation", "conform to schema")
    cues = (
        Cue(0.55, ("schema", "json schema", "required field", "required key", "required property")),
        Cue(0.35, ("validate", "validation", "validator", "check", "conform", "verify", "comply", "valid")),
        Cue(0.1, ("json", "document", "object", "payload", "record", "request body")),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        default = schema_from_task(task_description)
        source = fill(_SOURCE, schema_default=(" = " + literal(default)) if default else "")
        tests: list[dict[str, Any]] = [
            {
                "args": {
                    "document": {"name": "Ada", "age": 36, "email": "ada@example.com", "tags": ["a"]},
                    "schema": _PEOPLE,
                },
                "expected": {"valid": True, "errors": []},
            },
            {
                "args": {
                    "document": {"name": "", "age": -1, "email": "nope", "tags": ["a", "c", "b"], "extra": 1},
                    "schema": _PEOPLE,
                },
                "expected": {
                    "valid": False,
                    "errors": [
                        {"path": "$.name", "message": "is shorter than 1 characters"},
                        {"path": "$.age", "message": "-1 is less than the minimum 0"},
                        {"path": "$.email", "message": "does not match pattern " + _EMAIL},
                        {"path": "$.tags", "message": "has more than 2 items"},
                        {"path": "$.tags[1]", "message": '"c" is not one of ["a", "b"]'},
                        {"path": "$", "message": "property 'extra' is not allowed"},
                    ],
                },
            },
            {
                "args": {"document": {"age": 36.0, "name": 5}, "schema": _PEOPLE},
                "expected": {"valid": False, "errors": [{"path": "$.name", "message": "expected string, got integer"}]},
            },
            {
                "args": {"document": [1], "schema": {"type": "object"}},
                "expected": {"valid": False, "errors": [{"path": "$", "message": "expected object, got array"}]},
            },
            {"args": {"document": {}, "schema": {"type": "text"}}, "error": "ValueError"},
        ]
        if default:
            names = default.get("required", [])
            missing = [{"path": "$", "message": f"missing required property {n!r}"} for n in names]
            tests.append({"args": {"document": {}}, "expected": {"valid": not missing, "errors": missing}})
        else:
            tests.append(
                {
                    "args": {"document": {"a": 1}, "schema": {"required": ["a", "b"]}},
                    "expected": {"valid": False, "errors": [{"path": "$", "message": "missing required property 'b'"}]},
                }
            )
        fields = [*default.get("required", []), *default.get("properties", {})] if default else []
        required = f" (default schema: an object with {', '.join(dict.fromkeys(fields))})" if default else ""
        description = f"Validate a JSON document against a JSON Schema subset and list every error{required}."
        return make_spec(self.id, name=name, description=description, source=source, entry="validate_json", tests=tests)
