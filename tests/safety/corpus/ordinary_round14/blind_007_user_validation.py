"""Validate user registration payloads with a custom exception hierarchy."""
import re
from dataclasses import dataclass


class ValidationError(Exception):
    """Base class for all validation problems."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class MissingField(ValidationError):
    def __init__(self, field: str):
        super().__init__(field, "is required")


class BadFormat(ValidationError):
    pass


class OutOfRange(ValidationError):
    pass


EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{2,19}$")


@dataclass
class User:
    username: str
    email: str
    age: int


def validate_user(payload: dict) -> User:
    for name in ("username", "email", "age"):
        if name not in payload or payload[name] in (None, ""):
            raise MissingField(name)
    username = str(payload["username"]).strip().lower()
    if not USERNAME_RE.match(username):
        raise BadFormat("username", "3-20 chars, letters/digits/underscore, starting with a letter")
    email = str(payload["email"]).strip()
    if not EMAIL_RE.match(email):
        raise BadFormat("email", f"{email!r} is not a valid address")
    try:
        age = int(payload["age"])
    except (TypeError, ValueError):
        raise BadFormat("age", "must be an integer") from None
    if not 13 <= age <= 130:
        raise OutOfRange("age", f"{age} not in 13..130")
    return User(username, email, age)


def check_many(payloads: list[dict]) -> list[dict]:
    results = []
    for p in payloads:
        try:
            user = validate_user(p)
            results.append({"ok": True, "user": repr(user)})
        except ValidationError as err:
            results.append({"ok": False, "field": err.field, "error": err.message, "kind": type(err).__name__})
    return results


if __name__ == "__main__":
    for r in check_many([
        {"username": "alice_1", "email": "alice@example.com", "age": 30},
        {"username": "1bob", "email": "bob@example.com", "age": 30},
        {"username": "carol", "email": "carol@", "age": 30},
        {"username": "dave", "email": "d@x.io", "age": "old"},
        {"email": "e@x.io", "age": 40},
    ]):
        print(r)
