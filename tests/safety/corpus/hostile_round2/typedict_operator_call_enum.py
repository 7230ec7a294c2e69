# family: typedict
# Escape: operator.call(enum.IntEnum, "Level", members) is the Enum functional API without a callee named
# IntEnum, so member names go unchecked; Enum's class dict lets dunder keys through, so the key built with
# str.center installs __getattr__, a hook that runs on every failed attribute access.
import enum
import operator


def tool(hook):
    members = {"LOW": 1, "getattr".center(11, "_"): hook}
    Level = operator.call(enum.IntEnum, "Level", members)
    return Level.LOW.anything
