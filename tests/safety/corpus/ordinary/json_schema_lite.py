from typing import Any

TYPES = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
    "null": type(None),
}


def validate(instance: Any, schema: dict, path: str = "$") -> list[str]:
    """Validate a value against a small subset of JSON Schema; return error messages."""
    errors: list[str] = []
    expected = schema.get("type")
    if expected is not None:
        kinds = TYPES.get(expected)
        if kinds is None:
            return [f"{path}: unknown type {expected!r}"]
        if isinstance(instance, bool) and expected in ("integer", "number"):
            return [f"{path}: expected {expected}, got boolean"]
        if not isinstance(instance, kinds):
            return [f"{path}: expected {expected}, got {type(instance).__name__}"]
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{path}: {instance!r} is not one of {schema['enum']}")
    if isinstance(instance, str):
        if len(instance) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']}")
    if isinstance(instance, (int, float)) and not isinstance(instance, bool):
        if "minimum" in schema and instance < schema["minimum"]:
            errors.append(f"{path}: below minimum {schema['minimum']}")
        if "maximum" in schema and instance > schema["maximum"]:
            errors.append(f"{path}: above maximum {schema['maximum']}")
    if isinstance(instance, dict):
        for name in schema.get("required", []):
            if name not in instance:
                errors.append(f"{path}: missing required property {name!r}")
        for name, sub in schema.get("properties", {}).items():
            if name in instance:
                errors.extend(validate(instance[name], sub, f"{path}.{name}"))
    if isinstance(instance, list) and "items" in schema:
        for i, item in enumerate(instance):
            errors.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errors
