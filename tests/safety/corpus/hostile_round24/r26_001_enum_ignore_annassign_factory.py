# family: red team, round 26 (Enum _ignore_ bound other ways; __exit__ assigned or positional-only)
# Enum `_ignore_` written as an annotated assignment (`_ignore_: list = ["RED"]`): class_rules._ignored reads only
# plain Assign statements, so RED counts as a member and Kind is taken for an Enum with members. At run time
# Enum ignores RED, Kind has no members and is a class factory. Called through an alias (the functional-API
# check in call_handler/_enum_call only sees calls by the class's own name) with a member name built at run
# time, it defines __repr__ on a new class, which repr() then calls: a hook called by a run-time name.
from enum import Enum


class Kind(Enum):
    _ignore_: list = ["RED"]
    RED = 1


def shout(self):
    return "PROOF: hook called by run-time name " + type(self).__name__


name = "".join(["__", "re", "pr", "__"])
K = Kind
X = K("X", [("A", 1), (name, shout)])
print(repr(X.A))
