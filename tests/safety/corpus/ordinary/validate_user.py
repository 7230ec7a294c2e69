import re
from dataclasses import dataclass, field

USERNAME = re.compile(r"^[a-z][a-z0-9_]{2,31}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


class ValidationError(Exception):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass
class Report:
    valid: bool
    errors: dict[str, str] = field(default_factory=dict)


def validate_user(payload: dict) -> dict:
    errors: dict[str, str] = {}
    username = payload.get("username", "")
    if not isinstance(username, str) or not USERNAME.match(username):
        errors["username"] = "3-32 chars, lowercase letters, digits or _"
    email = payload.get("email", "")
    if not isinstance(email, str) or not EMAIL.match(email):
        errors["email"] = "not a valid address"
    age = payload.get("age")
    if age is not None and (not isinstance(age, int) or not 13 <= age <= 130):
        errors["age"] = "must be an integer between 13 and 130"
    tags = payload.get("tags", [])
    if not isinstance(tags, list) or any(not isinstance(t, str) for t in tags):
        errors["tags"] = "must be a list of strings"
    report = Report(valid=not errors, errors=errors)
    return {"valid": report.valid, "errors": report.errors}


def require_valid(payload: dict) -> None:
    result = validate_user(payload)
    if not result["valid"]:
        raise ValidationError(result["errors"])
