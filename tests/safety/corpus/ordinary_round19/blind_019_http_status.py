"""Helpers for classifying HTTP status codes with an IntEnum."""
from __future__ import annotations

from enum import Enum, IntEnum


class StatusClass(Enum):
    INFORMATIONAL = 1
    SUCCESS = 2
    REDIRECTION = 3
    CLIENT_ERROR = 4
    SERVER_ERROR = 5


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    MOVED_PERMANENTLY = 301
    NOT_MODIFIED = 304
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    NOT_FOUND = 404
    TOO_MANY_REQUESTS = 429
    INTERNAL_SERVER_ERROR = 500
    SERVICE_UNAVAILABLE = 503

    @property
    def phrase(self) -> str:
        return self.name.replace("_", " ").title()

    @property
    def category(self) -> StatusClass:
        return StatusClass(self.value // 100)

    @property
    def retryable(self) -> bool:
        return self in (Status.TOO_MANY_REQUESTS, Status.SERVICE_UNAVAILABLE)

    @classmethod
    def lookup(cls, key: int | str) -> "Status":
        if isinstance(key, int):
            return cls(key)
        return cls[key.strip().upper().replace(" ", "_")]


def describe_status(code: int) -> str:
    try:
        status = Status.lookup(code)
    except ValueError:
        return f"{code} (unknown, class {StatusClass(code // 100).name.lower()})"
    flag = " [retry]" if status.retryable else ""
    return f"{int(status)} {status.phrase} ({status.category.name.lower()}){flag}"


def tally(codes: list[int]) -> dict[StatusClass, int]:
    out: dict[StatusClass, int] = {c: 0 for c in StatusClass}
    for code in codes:
        out[StatusClass(code // 100)] += 1
    return {k: v for k, v in out.items() if v}


if __name__ == "__main__":
    for c in (200, 404, 429, 418):
        print(describe_status(c))
    print(Status.lookup("not found") == 404, tally([200, 201, 500, 404, 404]))
