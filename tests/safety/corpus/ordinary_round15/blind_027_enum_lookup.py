"""HTTP-style status helper: Enum with methods, aliases and tolerant lookup."""
from enum import Enum, IntEnum, unique


@unique
class Status(IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    MOVED = 301
    NOT_MODIFIED = 304
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    FORBIDDEN = 403
    NOT_FOUND = 404
    CONFLICT = 409
    TOO_MANY = 429
    SERVER_ERROR = 500
    UNAVAILABLE = 503

    @property
    def category(self):
        return Category.for_code(self.value)

    @property
    def phrase(self):
        return self.name.replace("_", " ").title()

    @classmethod
    def lookup(cls, key):
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            return cls(int(key))
        norm = key.strip().upper().replace(" ", "_").replace("-", "_")
        return cls.__members__.get(norm) or cls[norm]

    def is_retryable(self):
        return self in (Status.TOO_MANY, Status.UNAVAILABLE)


class Category(Enum):
    SUCCESS = range(200, 300)
    REDIRECT = range(300, 400)
    CLIENT = range(400, 500)
    SERVER = range(500, 600)

    @classmethod
    def for_code(cls, code):
        for member in cls:
            if code in member.value:
                return member
        raise ValueError(code)


def explain(codes: list) -> list:
    out = []
    for c in codes:
        try:
            s = Status.lookup(c)
        except (KeyError, ValueError):
            out.append({"input": c, "known": False})
            continue
        out.append({"input": c, "code": int(s), "phrase": s.phrase,
                    "category": s.category.name.lower(), "retry": s.is_retryable()})
    return out


if __name__ == "__main__":
    for row in explain([200, "404", "too many", "Server-Error", 418, "teapot"]):
        print(row)
