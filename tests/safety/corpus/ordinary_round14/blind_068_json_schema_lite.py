"""A very small JSON-schema-like validator returning all errors with paths."""
import json
import re

TYPES = {
    "string": str, "integer": int, "number": (int, float), "boolean": bool,
    "array": list, "object": dict, "null": type(None),
}


def _type_ok(value, type_name: str) -> bool:
    expected = TYPES[type_name]
    if type_name in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, expected)


def validate(value, schema: dict, path: str = "$") -> list[str]:
    errors: list[str] = []
    types = schema.get("type")
    if types:
        names = [types] if isinstance(types, str) else types
        if not any(_type_ok(value, t) for t in names):
            return [f"{path}: expected {' or '.join(names)}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: does not match {schema['pattern']!r}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > maximum {schema['maximum']}")
    if isinstance(value, list):
        item_schema = schema.get("items")
        if item_schema:
            for i, item in enumerate(value):
                errors += validate(item, item_schema, f"{path}[{i}]")
        if schema.get("uniqueItems") and len({json.dumps(v, sort_keys=True) for v in value}) != len(value):
            errors.append(f"{path}: items are not unique")
    if isinstance(value, dict):
        for req in schema.get("required", []):
            if req not in value:
                errors.append(f"{path}: missing required property {req!r}")
        props = schema.get("properties", {})
        for key, sub in value.items():
            if key in props:
                errors += validate(sub, props[key], f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected property {key!r}")
    return errors


def validate_json(document: str, schema: dict) -> dict:
    try:
        value = json.loads(document)
    except json.JSONDecodeError as exc:
        return {"valid": False, "errors": [f"invalid JSON: {exc.msg} at line {exc.lineno}"]}
    errors = validate(value, schema)
    return {"valid": not errors, "errors": errors}


if __name__ == "__main__":
    schema = {
        "type": "object", "required": ["name", "age", "tags"], "additionalProperties": False,
        "properties": {
            "name": {"type": "string", "minLength": 2, "pattern": "^[A-Z]"},
            "age": {"type": "integer", "minimum": 0, "maximum": 150},
            "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b", "c"]}, "uniqueItems": True},
            "email": {"type": ["string", "null"]},
        },
    }
    print(validate_json('{"name": "Ann", "age": 30, "tags": ["a"], "email": null}', schema))
    print(validate_json('{"name": "x", "age": true, "tags": ["a", "a", "z"], "phone": 1}', schema))
    print(validate_json('{"name": ', schema))
