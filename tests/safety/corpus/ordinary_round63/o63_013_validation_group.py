# family: ordinary, blind round 63 (collecting validation errors in an ExceptionGroup)
from dataclasses import dataclass


class FieldError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class MissingFieldError(FieldError):
    pass


class RangeError(FieldError):
    pass


@dataclass
class SignupForm:
    username: str
    age: int
    email: str

    @classmethod
    def validate(cls, data):
        errors = []
        for name in ("username", "age", "email"):
            if not data.get(name) and data.get(name) != 0:
                errors.append(MissingFieldError(name, "is required"))
        age = data.get("age")
        if isinstance(age, int) and not 13 <= age <= 120:
            errors.append(RangeError("age", f"{age} is outside 13..120"))
        email = data.get("email")
        if email and "@" not in email:
            errors.append(FieldError("email", "must contain '@'"))
        if errors:
            raise ExceptionGroup("signup form is invalid", errors)
        return cls(data["username"], data["age"], data["email"])


if __name__ == "__main__":
    submissions = [
        {"username": "ada", "age": 36, "email": "ada@example.com"},
        {"username": "", "age": 7, "email": "kid.example.com"},
        {"age": 200},
    ]
    for sub in submissions:
        try:
            print("accepted:", SignupForm.validate(sub))
        except* MissingFieldError as group:
            print("missing:", sorted(e.field for e in group.exceptions))
        except* RangeError as group:
            print("range:", [str(e) for e in group.exceptions])
        except* FieldError as group:
            print("other:", [str(e) for e in group.exceptions])
