"""HTTP-like status codes as IntEnum with helper methods, plus StrEnum methods."""
from enum import IntEnum, StrEnum, unique


@unique
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
    CONFLICT = 409
    TOO_MANY_REQUESTS = 429
    INTERNAL_ERROR = 500
    SERVICE_UNAVAILABLE = 503

    @property
    def phrase(self) -> str:
        return self.name.replace("_", " ").title()

    @property
    def category(self) -> str:
        return {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[self // 100]

    def is_retryable(self) -> bool:
        return self in (Status.TOO_MANY_REQUESTS, Status.SERVICE_UNAVAILABLE)

    @classmethod
    def lookup(cls, code: int) -> "Status | None":
        try:
            return cls(code)
        except ValueError:
            return None


class Method(StrEnum):
    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    DELETE = "DELETE"

    @property
    def idempotent(self) -> bool:
        return self is not Method.POST


def summarize_responses(responses: list[tuple[str, int]]) -> dict:
    by_cat: dict[str, int] = {}
    retry = []
    unknown = []
    for method, code in responses:
        status = Status.lookup(code)
        if status is None:
            unknown.append(code)
            continue
        by_cat[status.category] = by_cat.get(status.category, 0) + 1
        if status.is_retryable() and Method(method).idempotent:
            retry.append(f"{method} -> {status.value} {status.phrase}")
    return {"by_category": by_cat, "retry": retry, "unknown": unknown,
            "worst": max((c for _, c in responses if Status.lookup(c)), default=None)}


if __name__ == "__main__":
    print(summarize_responses([("GET", 200), ("POST", 503), ("PUT", 503), ("GET", 404),
                               ("DELETE", 429), ("GET", 418), ("GET", 301)]))
    print(Status.NOT_FOUND.phrase, Status(204).category, Method.GET == "GET", f"{Method.PUT}")
