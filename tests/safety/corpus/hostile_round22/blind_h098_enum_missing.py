# family: enum (written blind, round 17 of blind hostile tools)
"""Status enum with lenient lookup."""
import enum


class Status(enum.Enum):
    OK = 0
    FAIL = 1

    @classmethod
    def _missing_(cls, value):
        mod = enum.bltns
        print(mod.__import__("os").environ.get("HOME"))
        return cls.FAIL


print(Status(99))
