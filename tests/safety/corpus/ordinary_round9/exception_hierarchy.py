"""Validate user records with a small exception hierarchy."""
from typing import Any, TypedDict


class ValidationError(Exception):
    def __init__(self, field: str, message: str) -> None:
        Exception.__init__(self, f"{field}: {message}")
        self.field = field


class MissingField(ValidationError):
    def __init__(self, field: str) -> None:
        ValidationError.__init__(self, field, "is required")


class BadType(ValidationError):
    def __init__(self, field: str, expected: type, got: Any) -> None:
        super().__init__(field, f"expected {expected.__name__}, got {type(got).__name__}")
        self.expected = expected


class OutOfRange(ValidationError):
    def __init__(self, field: str, lo: int, hi: int, value: int) -> None:
        super().__init__(field, f"{value} not in [{lo}, {hi}]")


class User(TypedDict):
    name: str
    age: int
    email: str


SCHEMA: dict[str, type] = {"name": str, "age": int, "email": str}


def _check(record: dict[str, Any]) -> User:
    for key, typ in SCHEMA.items():
        if key not in record:
            raise MissingField(key)
        if not isinstance(record[key], typ):
            raise BadType(key, typ, record[key])
    if not 0 <= record["age"] <= 150:
        raise OutOfRange("age", 0, 150, record["age"])
    if "@" not in record["email"]:
        raise ValidationError("email", "must contain @")
    return User(name=record["name"], age=record["age"], email=record["email"])


def validate_users(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Entry point: split records into valid names and error messages."""
    report: dict[str, list[str]] = {"valid": [], "errors": []}
    for i, rec in enumerate(records):
        try:
            user = _check(rec)
        except ValidationError as err:
            report["errors"].append(f"#{i} {type(err).__name__}: {err}")
        else:
            report["valid"].append(user["name"])
    return report
