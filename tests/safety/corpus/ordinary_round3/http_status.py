# ordinary: HTTP status codes as an IntEnum with categories and lenient lookup
from enum import IntEnum


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    MOVED_PERMANENTLY = 301
    NOT_MODIFIED = 304
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    FORBIDDEN = 403
    NOT_FOUND = 404
    TOO_MANY_REQUESTS = 429
    INTERNAL_SERVER_ERROR = 500
    SERVICE_UNAVAILABLE = 503

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            key = value.strip().upper().replace(" ", "_")
            if key in cls.__members__:
                return cls[key]
            if key.isdigit():
                return cls(int(key))
        return None

    @property
    def phrase(self):
        return self.name.replace("_", " ").title()

    @property
    def category(self):
        return {1: "informational", 2: "success", 3: "redirection", 4: "client error", 5: "server error"}[self // 100]

    @property
    def retryable(self):
        return self in (Status.TOO_MANY_REQUESTS, Status.SERVICE_UNAVAILABLE)


def describe(code):
    try:
        status = Status(code)
    except ValueError:
        return f"{code}: unknown status"
    flag = " (retry)" if status.retryable else ""
    return f"{status.value} {status.phrase} - {status.category}{flag}"


if __name__ == "__main__":
    for code in (200, "404", "not found", 429, 418, "Service Unavailable"):
        print(describe(code))
    print(sorted(s for s in Status if s.category == "client error"))
    print(Status.NOT_FOUND == 404, Status.OK < Status.CREATED)
