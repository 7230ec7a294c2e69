# ordinary: form validation with error codes mapped to message templates
import re

ERRORS = {
    "required": "{field} is required",
    "too_short": "{field} must be at least {min} characters",
    "too_long": "{field} must be at most {max} characters",
    "pattern": "{field} has an invalid format",
    "range": "{field} must be between {min} and {max}",
}

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


def error(code, **context):
    if code not in ERRORS:
        raise KeyError(f"unknown error code {code!r}; known codes: {', '.join(ERRORS)}")
    return {"code": code, "message": ERRORS[code].format(**context)}


def validate_signup(form):
    problems = []
    name = form.get("name", "").strip()
    if not name:
        problems.append(error("required", field="Name"))
    elif len(name) < 2:
        problems.append(error("too_short", field="Name", min=2))
    elif len(name) > 40:
        problems.append(error("too_long", field="Name", max=40))
    email = form.get("email", "").strip()
    if not email:
        problems.append(error("required", field="Email"))
    elif not EMAIL.match(email):
        problems.append(error("pattern", field="Email"))
    age = form.get("age")
    try:
        if not 13 <= int(age) <= 120:
            problems.append(error("range", field="Age", min=13, max=120))
    except (TypeError, ValueError):
        problems.append(error("pattern", field="Age"))
    return problems


if __name__ == "__main__":
    for form in [{"name": "Ada", "email": "ada@example.org", "age": "36"},
                 {"name": "A", "email": "not-an-email", "age": "7"},
                 {"email": "", "age": "abc"}]:
        result = validate_signup(form)
        print(form, "->", [p["message"] for p in result] or "valid")
