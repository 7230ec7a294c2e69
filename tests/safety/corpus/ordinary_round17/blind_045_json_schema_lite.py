"""Validate JSON-like data against a tiny schema language."""
from typing import Any

TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool,
         "array": list, "object": dict, "null": type(None)}


def validate(data: Any, schema: dict, path: str = "$") -> list[str]:
    """Return a list of human-readable error messages (empty if valid)."""
    errors: list[str] = []
    expected = schema.get("type")
    if expected:
        py_type = TYPES[expected]
        if not isinstance(data, py_type) or (expected in ("integer", "number") and isinstance(data, bool)):
            return [f"{path}: expected {expected}, got {type(data).__name__}"]
    if "enum" in schema and data not in schema["enum"]:
        errors.append(f"{path}: {data!r} not in {schema['enum']}")
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        if "minimum" in schema and data < schema["minimum"]:
            errors.append(f"{path}: {data} < minimum {schema['minimum']}")
        if "maximum" in schema and data > schema["maximum"]:
            errors.append(f"{path}: {data} > maximum {schema['maximum']}")
    if isinstance(data, str) and len(data) < schema.get("minLength", 0):
        errors.append(f"{path}: shorter than {schema['minLength']}")
    if isinstance(data, dict):
        for key in schema.get("required", []):
            if key not in data:
                errors.append(f"{path}: missing required key {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in data:
                errors.extend(validate(data[key], sub, f"{path}.{key}"))
    if isinstance(data, list) and "items" in schema:
        for i, item in enumerate(data):
            errors.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errors


if __name__ == "__main__":
    schema = {
        "type": "object", "required": ["name", "age"],
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "age": {"type": "integer", "minimum": 0, "maximum": 150},
            "role": {"enum": ["admin", "user"]},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
    }
    print(validate({"name": "Ana", "age": 31, "tags": ["x"]}, schema))
    print(validate({"name": "", "age": 200, "role": "root", "tags": ["x", 3]}, schema))
    print(validate({"age": True}, schema))
