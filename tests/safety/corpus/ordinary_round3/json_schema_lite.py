# ordinary: validate JSON documents against a tiny subset of JSON Schema
import json

TYPES = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
    "null": type(None),
}


def json_type_name(value):
    for name, py_type in TYPES.items():
        if isinstance(value, py_type) and not (isinstance(value, bool) and name in ("integer", "number")):
            return name
    return type(value).__name__


def validate(instance, schema, path="$"):
    errors = []
    expected = schema.get("type")
    if expected is not None and json_type_name(instance) != expected:
        if not (expected == "number" and json_type_name(instance) == "integer"):
            return [f"{path}: expected {expected}, got {json_type_name(instance)}"]
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{path}: {instance!r} is not one of {schema['enum']}")
    if isinstance(instance, str):
        if len(instance) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']}")
    if isinstance(instance, (int, float)) and not isinstance(instance, bool):
        if "minimum" in schema and instance < schema["minimum"]:
            errors.append(f"{path}: {instance} < minimum {schema['minimum']}")
        if "maximum" in schema and instance > schema["maximum"]:
            errors.append(f"{path}: {instance} > maximum {schema['maximum']}")
    if isinstance(instance, dict):
        for key in schema.get("required", []):
            if key not in instance:
                errors.append(f"{path}: missing required property {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in instance:
                errors.extend(validate(instance[key], sub, f"{path}.{key}"))
    if isinstance(instance, list) and "items" in schema:
        for i, item in enumerate(instance):
            errors.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errors


SCHEMA = json.loads("""{
  "type": "object", "required": ["name", "age"],
  "properties": {
    "name": {"type": "string", "minLength": 1},
    "age": {"type": "integer", "minimum": 0, "maximum": 150},
    "role": {"enum": ["admin", "user"]},
    "scores": {"type": "array", "items": {"type": "number"}}
  }
}""")

if __name__ == "__main__":
    print(validate({"name": "Ada", "age": 36, "role": "admin", "scores": [1, 2.5]}, SCHEMA))
    print("\n".join(validate({"name": "", "age": 200, "role": "root", "scores": [1, "x", True]}, SCHEMA)))
    print(validate([1, 2], SCHEMA))
