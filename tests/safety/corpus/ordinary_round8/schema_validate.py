"""Validate JSON-like data against a tiny schema language."""
import json
import re
from typing import Any, Callable

JSON = dict[str, Any]

TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def _validate(value: Any, schema: JSON, path: str, errors: list[str]) -> None:
    expected = schema.get("type")
    if expected and not TYPE_CHECKS[expected](value):
        errors.append(f"{path}: expected {expected}, got {type(value).__name__}")
        return
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not one of {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match /{schema['pattern']}/")
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > maximum {schema['maximum']}")
    if isinstance(value, dict):
        for req in schema.get("required", []):
            if req not in value:
                errors.append(f"{path}: missing required property {req!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                _validate(value[key], sub, f"{path}.{key}", errors)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _validate(item, schema["items"], f"{path}[{i}]", errors)


def validate_json(document: str, schema: JSON) -> dict:
    try:
        data = json.loads(document)
    except json.JSONDecodeError as exc:
        return {"valid": False, "errors": [f"invalid JSON at line {exc.lineno} col {exc.colno}: {exc.msg}"]}
    errors: list[str] = []
    _validate(data, schema, "$", errors)
    return {"valid": not errors, "errors": errors}


if __name__ == "__main__":
    schema = {"type": "object", "required": ["name", "age"], "properties": {
        "name": {"type": "string", "minLength": 2},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "email": {"type": "string", "pattern": r"^[^@\s]+@[^@\s]+\.\w+$"},
        "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}}}
    print(validate_json('{"name": "A", "age": 200, "email": "nope", "tags": ["a", "c", 3]}', schema))
    print(validate_json('{"name": "Ann", "age": 30}', schema))
