"""Validate a JSON document against a tiny schema language."""

import json
from typing import Any

TYPE_MAP: dict[str, type | tuple[type, ...]] = {
    "string": str, "integer": int, "number": (int, float), "boolean": bool,
    "array": list, "object": dict, "null": type(None),
}


def _validate(value: Any, schema: dict[str, Any], path: str, errors: list[str]) -> None:
    expected = schema.get("type")
    if expected:
        py_type = TYPE_MAP[expected]
        is_bool = isinstance(value, bool)
        if not isinstance(value, py_type) or (is_bool and expected in ("integer", "number")):
            errors.append(f"{path or '$'}: expected {expected}, got {type(value).__name__}")
            return
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > maximum {schema['maximum']}")
    if isinstance(value, str) and len(value) < schema.get("minLength", 0):
        errors.append(f"{path}: shorter than {schema['minLength']}")
    if isinstance(value, dict):
        for req in schema.get("required", []):
            if req not in value:
                errors.append(f"{path}.{req}: required")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                _validate(value[key], sub, f"{path}.{key}", errors)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _validate(item, schema["items"], f"{path}[{i}]", errors)


def validate_json(document: str, schema: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    _validate(json.loads(document), schema, "", errors)
    return errors


if __name__ == "__main__":
    schema = {"type": "object", "required": ["name", "age"], "properties": {
        "name": {"type": "string", "minLength": 2}, "age": {"type": "integer", "minimum": 0},
        "tags": {"type": "array", "items": {"type": "string"}}, "role": {"enum": ["admin", "user"]}}}
    print(validate_json('{"name": "A", "age": -1, "tags": ["x", 2], "role": "root"}', schema))
    print(validate_json('{"name": "Ann", "age": 30}', schema))
