# family: ordinary, blind round 60 (API payload validator with TypedDict and overload)
import re
import uuid
from typing import TypedDict, Literal, overload, NotRequired

EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
Role = Literal["admin", "member", "guest"]
VALID_ROLES = ("admin", "member", "guest")


class UserPayload(TypedDict):
    email: str
    age: int
    role: Role
    nickname: NotRequired[str]


class ValidationError(ValueError):
    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def validate_user(data: dict) -> UserPayload:
    errors: dict[str, str] = {}
    email = str(data.get("email", "")).strip().lower()
    if not EMAIL_RE.match(email):
        errors["email"] = "invalid email address"
    try:
        age = int(data.get("age", ""))
        if not 13 <= age <= 130:
            errors["age"] = "must be between 13 and 130"
    except (TypeError, ValueError):
        errors["age"] = "must be an integer"
        age = 0
    role = data.get("role", "member")
    if role not in VALID_ROLES:
        errors["role"] = f"must be one of {VALID_ROLES}"
    if errors:
        raise ValidationError(errors)
    payload: UserPayload = {"email": email, "age": age, "role": role}
    if data.get("nickname"):
        payload["nickname"] = str(data["nickname"])[:20]
    return payload


@overload
def create_user(data: dict, *, dry_run: Literal[True]) -> None: ...
@overload
def create_user(data: dict, *, dry_run: Literal[False] = ...) -> str: ...
def create_user(data: dict, *, dry_run: bool = False) -> str | None:
    payload = validate_user(data)
    if dry_run:
        print("  dry run ok:", payload)
        return None
    user_id = str(uuid.uuid5(uuid.NAMESPACE_URL, payload["email"]))
    print("  created:", user_id, payload)
    return user_id


if __name__ == "__main__":
    inputs = [
        {"email": " Sam@Example.COM ", "age": "34", "nickname": "sammy"},
        {"email": "bad@", "age": "x", "role": "root"},
        {"email": "kid@example.org", "age": 9, "role": "guest"},
    ]
    for raw in inputs:
        try:
            create_user(raw)
        except ValidationError as e:
            print("  invalid:", e.errors)
    create_user({"email": "ops@example.net", "age": 40, "role": "admin"}, dry_run=True)
