# family: ordinary, blind round 50 (custom exceptions with error codes)
from enum import IntEnum
from typing import Any


class ErrorCode(IntEnum):
    VALIDATION = 1001
    NOT_FOUND = 1004
    CONFLICT = 1009
    RATE_LIMITED = 1029
    INTERNAL = 1500


class AppError(Exception):
    code: ErrorCode = ErrorCode.INTERNAL
    http_status: int = 500

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": int(self.code), "type": self.code.name,
                          "message": self.message, "details": self.details}}

    def __str__(self) -> str:
        return f"[{self.code.value} {self.code.name}] {self.message}"


class ValidationError(AppError):
    code, http_status = ErrorCode.VALIDATION, 422


class NotFoundError(AppError):
    code, http_status = ErrorCode.NOT_FOUND, 404


class ConflictError(AppError):
    code, http_status = ErrorCode.CONFLICT, 409


USERS = {"u1": {"email": "a@example.com"}}


def create_user(uid: str, email: str) -> dict:
    if "@" not in email:
        raise ValidationError("email is invalid", field="email", value=email)
    if uid in USERS:
        raise ConflictError("user already exists", id=uid)
    USERS[uid] = {"email": email}
    return USERS[uid]


def handle(func, *args) -> tuple[int, dict]:
    try:
        return 200, {"data": func(*args)}
    except AppError as err:
        return err.http_status, err.to_dict()
    except Exception as err:  # unexpected -> wrap
        wrapped = AppError("unexpected failure", cause=repr(err))
        return wrapped.http_status, wrapped.to_dict()


if __name__ == "__main__":
    print(handle(create_user, "u2", "b@example.com"))
    print(handle(create_user, "u3", "not-an-email"))
    print(handle(create_user, "u1", "c@example.com"))
    print(handle(lambda: USERS["missing"]))
    try:
        raise NotFoundError("order not found", order_id=99)
    except AppError as e:
        print(e, "| status", e.http_status, "| is NotFound:", isinstance(e, NotFoundError))
