# family: ordinary, blind round 53 (IntEnum with _missing_ fallback)
from enum import IntEnum


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
    INTERNAL_ERROR = 500
    SERVICE_UNAVAILABLE = 503
    UNKNOWN = -1

    @classmethod
    def _missing_(cls, value):
        # accept strings like "404" or "not found"; otherwise map to UNKNOWN
        if isinstance(value, str):
            text = value.strip()
            if text.isdigit():
                return cls(int(text))
            key = text.upper().replace(" ", "_")
            if key in cls.__members__:
                return cls[key]
        return cls.UNKNOWN

    @property
    def is_success(self):
        return 200 <= self < 300

    @property
    def retryable(self):
        return self in (Status.TOO_MANY_REQUESTS, Status.SERVICE_UNAVAILABLE)

    @property
    def phrase(self):
        return self.name.replace("_", " ").title()


if __name__ == "__main__":
    log_codes = [200, "404", 503, "not found", 418, 201, "Too Many Requests", 500]
    tally = {}
    for code in log_codes:
        s = Status(code)
        tally[s] = tally.get(s, 0) + 1
        print(f"{str(code):>18} -> {int(s):>4} {s.phrase:<20} ok={s.is_success} retry={s.retryable}")
    print("errors >= 400:", sorted({s.name for s in tally if s >= 400}))
    print("IntEnum arithmetic:", Status.NOT_FOUND - 4, Status.OK == 200)
