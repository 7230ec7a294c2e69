# family: ordinary, blind round 48 (custom exceptions with extra fields for validation)
import re
from dataclasses import dataclass


class ValidationError(Exception):
    """Raised when a single field is invalid."""

    def __init__(self, field: str, message: str, value=None, code: str = "invalid"):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.value = value
        self.code = code


class FormErrors(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")

    def as_dict(self):
        return {e.field: {"code": e.code, "message": e.message} for e in self.errors}


EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def check_username(v):
    if not 3 <= len(v) <= 16:
        raise ValidationError("username", "must be 3-16 characters", v, "length")
    if not v.isidentifier():
        raise ValidationError("username", "letters, digits and _ only", v)


def check_email(v):
    if not EMAIL_RE.match(v):
        raise ValidationError("email", "not a valid address", v)


def check_age(v):
    try:
        age = int(v)
    except (TypeError, ValueError):
        raise ValidationError("age", "must be a whole number", v, "type") from None
    if age < 13:
        raise ValidationError("age", "must be at least 13", age, "min_value")


@dataclass
class SignupForm:
    username: str
    email: str
    age: str

    def validate(self):
        errors = []
        for name, check in [("username", check_username), ("email", check_email), ("age", check_age)]:
            try:
                check(getattr(self, name))
            except ValidationError as e:
                errors.append(e)
        if errors:
            raise FormErrors(errors)
        return True


if __name__ == "__main__":
    forms = [SignupForm("dev_anna", "anna@example.org", "29"),
             SignupForm("x", "not-an-email", "ten"),
             SignupForm("9lives", "cat@meow.io", "7")]
    for form in forms:
        try:
            form.validate()
            print(f"{form.username!r}: ok")
        except FormErrors as fe:
            print(f"{form.username!r}: {fe}")
            for field_name, info in fe.as_dict().items():
                print(f"    {field_name:<9} [{info['code']}] {info['message']}")
