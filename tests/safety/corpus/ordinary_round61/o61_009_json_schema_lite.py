# family: ordinary, blind round 61 (minimal JSON schema validator)
import json
from typing import Any, Callable

TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def _type_name(value: Any) -> str:
    return next((name for name, check in TYPE_CHECKS.items() if check(value)), "unknown")


def _validate(value: Any, schema: dict, path: str, errors: list[str]) -> None:
    expected = schema.get("type")
    if expected and not TYPE_CHECKS[expected](value):
        errors.append(f"{path}: expected {expected}, got {_type_name(value)}")
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
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required key {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                _validate(value[key], sub, f"{path}.{key}", errors)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _validate(item, schema["items"], f"{path}[{i}]", errors)


def validate_json(document: str, schema: dict) -> dict:
    """Validate a JSON document string against a small subset of JSON Schema."""
    try:
        data = json.loads(document)
    except json.JSONDecodeError as err:
        return {"valid": False, "errors": [f"parse error: {err.msg} at line {err.lineno}"]}
    errors: list[str] = []
    _validate(data, schema, "$", errors)
    return {"valid": not errors, "errors": errors}


if __name__ == "__main__":
    schema = {
        "type": "object",
        "required": ["name", "age"],
        "properties": {
            "name": {"type": "string", "minLength": 2},
            "age": {"type": "integer", "minimum": 0, "maximum": 150},
            "tags": {"type": "array", "items": {"type": "string"}},
            "role": {"enum": ["admin", "user"]},
        },
    }
    print(validate_json('{"name": "Al", "age": 30, "tags": ["x"], "role": "user"}', schema))
    print(validate_json('{"name": "A", "age": -3, "tags": [1], "role": "root"}', schema))
    print(validate_json('{"name": ', schema))
