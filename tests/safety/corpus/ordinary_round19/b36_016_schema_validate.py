"""Validate JSON-like payloads against a simple field schema."""
from typing import Any, Callable, TypedDict


class FieldSpec(TypedDict, total=False):
    type: type
    required: bool
    min: float
    max: float
    choices: list[Any]


class ValidationError(ValueError):
    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def _check_number(value: Any, spec: FieldSpec) -> list[str]:
    errs = []
    if "min" in spec and value < spec["min"]:
        errs.append(f"must be >= {spec['min']}")
    if "max" in spec and value > spec["max"]:
        errs.append(f"must be <= {spec['max']}")
    return errs


def _check_str(value: Any, spec: FieldSpec) -> list[str]:
    errs = []
    if "min" in spec and len(value) < spec["min"]:
        errs.append(f"length must be >= {spec['min']}")
    if "max" in spec and len(value) > spec["max"]:
        errs.append(f"length must be <= {spec['max']}")
    return errs


TYPE_CHECKS: dict[type, Callable[[Any, FieldSpec], list[str]]] = {
    int: _check_number,
    float: _check_number,
    str: _check_str,
}


def validate(payload: dict[str, Any], schema: dict[str, FieldSpec]) -> dict[str, Any]:
    """Return the payload if valid, otherwise raise ValidationError with all problems."""
    errors: list[str] = []
    for name, spec in schema.items():
        if name not in payload:
            if spec.get("required", False):
                errors.append(f"{name}: is required")
            continue
        value = payload[name]
        expected = spec.get("type")
        if expected and not isinstance(value, expected):
            errors.append(f"{name}: expected {expected.__name__}, got {type(value).__name__}")
            continue
        if "choices" in spec and value not in spec["choices"]:
            errors.append(f"{name}: must be one of {spec['choices']}")
        checker = TYPE_CHECKS.get(type(value))
        if checker:
            errors.extend(f"{name}: {msg}" for msg in checker(value, spec))
    for extra in payload.keys() - schema.keys():
        errors.append(f"{extra}: unexpected field")
    if errors:
        raise ValidationError(errors)
    return payload


if __name__ == "__main__":
    schema: dict[str, FieldSpec] = {
        "username": {"type": str, "required": True, "min": 3, "max": 20},
        "age": {"type": int, "min": 0, "max": 150},
        "plan": {"type": str, "choices": ["free", "pro"]},
    }
    print(validate({"username": "ada", "age": 36, "plan": "pro"}, schema))
    try:
        validate({"username": "x", "age": -1, "plan": "gold", "role": "admin"}, schema)
    except ValidationError as exc:
        for e in exc.errors:
            print("-", e)
